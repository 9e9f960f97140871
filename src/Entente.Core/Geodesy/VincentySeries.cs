namespace Entente.Core.Geodesy;

/// <summary>
/// The series of Vincenty (1975) shared by the direct and inverse solutions: distance along the geodesic from arc length
/// on the auxiliary sphere, and longitude on the ellipsoid from longitude on the auxiliary sphere.
/// </summary>
/// <remarks>
/// Reference: T. Vincenty, "Direct and inverse solutions of geodesics on the ellipsoid with application of nested
/// equations", Survey Review 23(176), 88-93 (1975), equations (3), (4), (6), (10) and (11).
/// </remarks>
internal static class VincentySeries
{
    /// <summary>Vincenty's A, the ratio of the mean of ds/dσ to b, for u² = cos²α · e'² (eq. 3).</summary>
    /// <param name="uSquared">u².</param>
    /// <returns>A.</returns>
    public static double A(double uSquared) =>
        1.0 + (uSquared / 16384.0 * (4096.0 + (uSquared * (-768.0 + (uSquared * (320.0 - (175.0 * uSquared)))))));

    /// <summary>Vincenty's B (eq. 4).</summary>
    /// <param name="uSquared">u².</param>
    /// <returns>B.</returns>
    public static double B(double uSquared) =>
        uSquared / 1024.0 * (256.0 + (uSquared * (-128.0 + (uSquared * (74.0 - (47.0 * uSquared))))));

    /// <summary>Vincenty's Δσ, the periodic part of the distance integral (eq. 6).</summary>
    /// <param name="b">Vincenty's B.</param>
    /// <param name="sinSigma">sin σ, σ the arc length on the auxiliary sphere.</param>
    /// <param name="cosSigma">cos σ.</param>
    /// <param name="cos2SigmaM">cos 2σm, σm the arc midpoint measured from the equator crossing.</param>
    /// <returns>Δσ in radians.</returns>
    public static double DeltaSigma(double b, double sinSigma, double cosSigma, double cos2SigmaM)
    {
        var cos2SigmaMSquared = cos2SigmaM * cos2SigmaM;
        return b * sinSigma * (cos2SigmaM + (b / 4.0 * ((cosSigma * (-1.0 + (2.0 * cos2SigmaMSquared)))
            - (b / 6.0 * cos2SigmaM * (-3.0 + (4.0 * sinSigma * sinSigma)) * (-3.0 + (4.0 * cos2SigmaMSquared))))));
    }

    /// <summary>
    /// The auxiliary-sphere longitude minus the ellipsoid longitude, λ - L (eqs. 10 and 11).
    /// </summary>
    /// <param name="flattening">Flattening f.</param>
    /// <param name="sinAlpha">sin α, α the azimuth at the equator crossing.</param>
    /// <param name="cosSquaredAlpha">cos² α.</param>
    /// <param name="sigma">σ in radians.</param>
    /// <param name="sinSigma">sin σ.</param>
    /// <param name="cosSigma">cos σ.</param>
    /// <param name="cos2SigmaM">cos 2σm.</param>
    /// <returns>λ - L in radians.</returns>
    public static double LongitudeExcess(
        double flattening, double sinAlpha, double cosSquaredAlpha, double sigma, double sinSigma, double cosSigma, double cos2SigmaM)
    {
        var c = flattening / 16.0 * cosSquaredAlpha * (4.0 + (flattening * (4.0 - (3.0 * cosSquaredAlpha))));
        return (1.0 - c) * flattening * sinAlpha
            * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1.0 + (2.0 * cos2SigmaM * cos2SigmaM))))));
    }

    /// <summary>Geodesic length for an arc σ on the auxiliary sphere.</summary>
    /// <param name="ellipsoid">The ellipsoid.</param>
    /// <param name="cosSquaredAlpha">cos² α, α the azimuth at the equator crossing.</param>
    /// <param name="sigma">σ in radians.</param>
    /// <param name="sinSigma">sin σ.</param>
    /// <param name="cosSigma">cos σ.</param>
    /// <param name="cos2SigmaM">cos 2σm.</param>
    /// <returns>The length in metres.</returns>
    public static double DistanceMetres(
        Ellipsoid ellipsoid, double cosSquaredAlpha, double sigma, double sinSigma, double cosSigma, double cos2SigmaM)
    {
        var uSquared = cosSquaredAlpha * ellipsoid.SecondEccentricitySquared;
        var deltaSigma = DeltaSigma(B(uSquared), sinSigma, cosSigma, cos2SigmaM);
        return ellipsoid.SemiMinorAxisMetres * A(uSquared) * (sigma - deltaSigma);
    }

    /// <summary>Sine and cosine of the reduced (parametric) latitude β, tan β = (1 - f) tan φ.</summary>
    /// <param name="latitudeDegrees">Geodetic latitude φ in degrees.</param>
    /// <param name="flattening">Flattening f.</param>
    /// <returns>sin β and cos β; cos β is exactly 0 at the poles.</returns>
    public static (double Sin, double Cos) ReducedLatitude(double latitudeDegrees, double flattening)
    {
        var (sinPhi, cosPhi) = AngleMath.SinCosDegrees(latitudeDegrees);
        var sin = (1.0 - flattening) * sinPhi;
        var norm = Math.Sqrt((sin * sin) + (cosPhi * cosPhi));
        return (sin / norm, cosPhi / norm);
    }
}
