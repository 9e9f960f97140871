using System.Numerics;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Units;

namespace Entente.Core.Projection;

/// <summary>
/// The one metric plane used for the whole Channel: a transverse Mercator projection of WGS84 with central meridian 1.5°E,
/// latitude of origin 50.5°N, scale factor 1 on the central meridian and no false easting or northing. Easting and
/// northing are metres from the point 1.5°E, 50.5°N.
/// </summary>
/// <remarks>
/// <para>
/// Method: Krüger's series to sixth order in the third flattening n, as given by C. F. F. Karney, "Transverse Mercator
/// with an accuracy of a few nanometers", J. Geodesy 85, 475-485 (2011), equations (7)-(21) and (35)-(36).
/// </para>
/// <para>
/// Accuracy, checked against GeographicLib's exact transverse Mercator: within 45° of longitude of the central meridian
/// the forward and inverse agree with it to a few tens of nanometres; between 45° and 60° the truncated series degrade
/// to about 0.02 mm. Beyond 60° they fail quickly (metres by 75°, nonsense near 90°), so <see cref="Project"/> rejects
/// positions more than <see cref="MaximumLongitudeOffsetDegrees"/> from the central meridian (except the poles, which
/// lie on it whatever their stated longitude). <see cref="Unproject"/> accepts any point within
/// <see cref="MaximumCoordinateMetres"/>, but is only that accurate for points that are images of positions in the domain.
/// </para>
/// <para>Equivalent PROJ definition: <c>+proj=tmerc +lat_0=50.5 +lon_0=1.5 +k_0=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs</c>.</para>
/// <para>All members are pure functions and thread-safe.</para>
/// </remarks>
public static class ChannelProjection
{
    /// <summary>Longitude of the central meridian in degrees east: mid-Channel, so scale error is smallest where traffic is.</summary>
    public const double CentralMeridianDegrees = 1.5;

    /// <summary>Latitude of the origin in degrees north, where the northing is zero.</summary>
    public const double LatitudeOfOriginDegrees = 50.5;

    /// <summary>Scale factor on the central meridian.</summary>
    public const double CentralScaleFactor = 1.0;

    /// <summary>
    /// Largest longitude difference from the central meridian, in degrees, that <see cref="Project"/> accepts: the limit of
    /// sub-millimetre accuracy of the series, far beyond the Channel.
    /// </summary>
    public const double MaximumLongitudeOffsetDegrees = 60.0;

    /// <summary>Largest absolute easting or northing, in metres, that <see cref="Unproject"/> accepts.</summary>
    public const double MaximumCoordinateMetres = 20_000_000.0;

    /// <summary>Short name of the projection.</summary>
    public const string Name = "Entente Channel Transverse Mercator";

    /// <summary>One-line description with the defining parameters.</summary>
    public const string Description = "Entente Channel Transverse Mercator (WGS84, CM 1.5°E, origin 50.5°N, k0 = 1)";

    /// <summary>An equivalent PROJ definition, for exchanging data with GIS tools.</summary>
    public const string ProjDefinition = "+proj=tmerc +lat_0=50.5 +lon_0=1.5 +k_0=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs";

    private const int MaxNewtonIterations = 10;

    // Relative step below which Newton stops: √ε / 10; convergence is quadratic, so the next step would be below ε.
    private const double NewtonTolerance = 1.4901161193847656e-9;

    private static readonly double ThirdFlattening = Ellipsoid.Wgs84.Flattening / (2.0 - Ellipsoid.Wgs84.Flattening);
    private static readonly double Eccentricity = Math.Sqrt(Ellipsoid.Wgs84.EccentricitySquared);
    private static readonly double OneMinusEccentricitySquared = 1.0 - Ellipsoid.Wgs84.EccentricitySquared;

    // Rectifying radius A = a / (1 + n) · (1 + n²/4 + n⁴/64 + n⁶/256) (Karney 2011, eq. 14), times k0.
    private static readonly double ScaledRectifyingRadiusMetres = CentralScaleFactor * Ellipsoid.Wgs84.SemiMajorAxisMetres
        / (1.0 + ThirdFlattening) * (1.0 + (Math.Pow(ThirdFlattening, 2) / 4.0) + (Math.Pow(ThirdFlattening, 4) / 64.0)
            + (Math.Pow(ThirdFlattening, 6) / 256.0));

    // Point scale at a pole of the conformal sphere relative to the ellipsoid, used where tan φ is infinite.
    private static readonly double PolarScale = Math.Sqrt(OneMinusEccentricitySquared) * Math.Exp(Eccentricity * Math.Atanh(Eccentricity));

    private static readonly double[] Alpha = ForwardCoefficients(ThirdFlattening);
    private static readonly double[] Beta = InverseCoefficients(ThirdFlattening);

    // Northing of the origin measured from the equator; must be initialised after the coefficients above.
    private static readonly double OriginNorthingMetres = FromEquator(LatitudeOfOriginDegrees, 0.0).Y;

    /// <summary>The ellipsoid of the projection: WGS84.</summary>
    public static Ellipsoid Ellipsoid => Ellipsoid.Wgs84;

    /// <summary>Projects a position onto the Channel plane.</summary>
    /// <param name="position">The position.</param>
    /// <returns>Easting and northing in metres from 1.5°E, 50.5°N.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The longitude is more than <see cref="MaximumLongitudeOffsetDegrees"/> from the central meridian.
    /// </exception>
    public static ProjectedPoint Project(GeoPosition position)
    {
        if (!TryProject(position, out var point))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position,
                "Position is too far from the central meridian (1.5°E) for the Channel projection.");
        }

        return point;
    }

    /// <summary>Projects a position onto the Channel plane if it is within the projection's domain.</summary>
    /// <param name="position">The position.</param>
    /// <param name="point">Easting and northing in metres, when the position is in the domain.</param>
    /// <returns>
    /// True when the longitude is within <see cref="MaximumLongitudeOffsetDegrees"/> of the central meridian, or the position
    /// is a pole.
    /// </returns>
    public static bool TryProject(GeoPosition position, out ProjectedPoint point)
    {
        if (!IsInDomain(position, out var longitudeOffset))
        {
            point = default;
            return false;
        }

        var (x, y) = FromEquator(position.LatitudeDegrees, longitudeOffset);
        point = new ProjectedPoint(x, y - OriginNorthingMetres);
        return true;
    }

    /// <summary>Finds the position of a point on the Channel plane.</summary>
    /// <param name="point">Easting and northing in metres from 1.5°E, 50.5°N.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A coordinate is not finite or exceeds <see cref="MaximumCoordinateMetres"/> in magnitude.
    /// </exception>
    public static GeoPosition Unproject(ProjectedPoint point)
    {
        if (!IsValidCoordinate(point.EastingMetres) || !IsValidCoordinate(point.NorthingMetres))
        {
            throw new ArgumentOutOfRangeException(nameof(point), point,
                "Easting and northing must be finite and within 20,000 km of the origin.");
        }

        var zeta = new Complex(
            (point.NorthingMetres + OriginNorthingMetres) / ScaledRectifyingRadiusMetres,
            point.EastingMetres / ScaledRectifyingRadiusMetres);
        var zetaPrime = zeta - SineSeries(Beta, 2.0 * zeta);
        var (xiPrime, etaPrime) = (zetaPrime.Real, zetaPrime.Imaginary);

        var sinhEtaPrime = Math.Sinh(etaPrime);
        var cosXiPrime = Math.Cos(xiPrime);
        var tauPrime = Math.Sin(xiPrime) / Math.Sqrt((sinhEtaPrime * sinhEtaPrime) + (cosXiPrime * cosXiPrime));
        var latitude = Math.Atan(Tau(tauPrime));
        var longitudeOffset = Math.Atan2(sinhEtaPrime, cosXiPrime);

        return GeoPosition.FromDegrees(
            AngleMath.ClampLatitudeDegrees(UnitConversions.RadiansToDegrees(latitude)),
            AngleMath.NormaliseLongitudeDegrees(CentralMeridianDegrees + UnitConversions.RadiansToDegrees(longitudeOffset)));
    }

    /// <summary>Point scale factor of the projection at a position: planar length over ellipsoidal length.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The scale factor; 1 on the central meridian, about 1.0008 at 2°W, 49.5°N.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The longitude is more than <see cref="MaximumLongitudeOffsetDegrees"/> from the central meridian.
    /// </exception>
    public static double ScaleFactor(GeoPosition position) => Distortion(position).ScaleFactor;

    /// <summary>Meridian convergence at a position: the bearing of grid north, clockwise from true north.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The convergence in degrees; positive east of the central meridian in the northern hemisphere.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The longitude is more than <see cref="MaximumLongitudeOffsetDegrees"/> from the central meridian.
    /// </exception>
    public static double ConvergenceDegrees(GeoPosition position) => Distortion(position).ConvergenceDegrees;

    private static bool IsValidCoordinate(double metres) => double.IsFinite(metres) && Math.Abs(metres) <= MaximumCoordinateMetres;

    private static bool IsInDomain(GeoPosition position, out double longitudeOffsetDegrees)
    {
        longitudeOffsetDegrees = AngleMath.LongitudeDifferenceDegrees(CentralMeridianDegrees, position.LongitudeDegrees);

        // A pole is one point whatever longitude it is written with, and it lies on the central meridian.
        return Math.Abs(longitudeOffsetDegrees) <= MaximumLongitudeOffsetDegrees || Math.Abs(position.LatitudeDegrees) == 90.0;
    }

    /// <summary>Easting and northing from the equator on the central meridian (Karney 2011, eqs. 7-11).</summary>
    private static (double X, double Y) FromEquator(double latitudeDegrees, double longitudeOffsetDegrees)
    {
        var zetaPrime = ConformalSphere(latitudeDegrees, longitudeOffsetDegrees, out _, out _);
        var zeta = zetaPrime + SineSeries(Alpha, 2.0 * zetaPrime);
        return (ScaledRectifyingRadiusMetres * zeta.Imaginary, ScaledRectifyingRadiusMetres * zeta.Real);
    }

    /// <summary>
    /// Transverse Mercator coordinates ζ' = ξ' + iη' on the conformal sphere, with the sphere's own convergence γ' and
    /// scale k' (Karney 2011, eqs. 9-10, 25-26).
    /// </summary>
    private static Complex ConformalSphere(double latitudeDegrees, double longitudeOffsetDegrees, out double gammaPrime, out double kPrime)
    {
        var (sinLambda, cosLambda) = AngleMath.SinCosDegrees(longitudeOffsetDegrees);
        var (sinPhi, cosPhi) = AngleMath.SinCosDegrees(latitudeDegrees);
        if (cosPhi == 0.0)
        {
            // At a pole tan φ is infinite; take the limits directly.
            gammaPrime = Math.Sign(sinPhi) * UnitConversions.DegreesToRadians(longitudeOffsetDegrees);
            kPrime = PolarScale;
            return new Complex(Math.Sign(sinPhi) * Math.PI / 2.0, 0.0);
        }

        var tau = sinPhi / cosPhi;
        var tauPrime = TauPrime(tau);
        var hypotenuse = Math.Sqrt((tauPrime * tauPrime) + (cosLambda * cosLambda));
        gammaPrime = Math.Atan2(sinLambda * tauPrime, cosLambda * Math.Sqrt(1.0 + (tauPrime * tauPrime)));
        kPrime = Math.Sqrt(1.0 - (Ellipsoid.Wgs84.EccentricitySquared * sinPhi * sinPhi)) / cosPhi / hypotenuse;
        return new Complex(Math.Atan2(tauPrime, cosLambda), Math.Asinh(sinLambda / hypotenuse));
    }

    private static (double ScaleFactor, double ConvergenceDegrees) Distortion(GeoPosition position)
    {
        if (!IsInDomain(position, out var longitudeOffset))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position,
                "Position is too far from the central meridian (1.5°E) for the Channel projection.");
        }

        var zetaPrime = ConformalSphere(position.LatitudeDegrees, longitudeOffset, out var gammaPrime, out var kPrime);

        // dζ/dζ' = p' - iq' (Karney 2011, eqs. 27-28): its argument and modulus add the series' convergence and scale.
        var derivative = 1.0 + CosineSeriesDerivative(Alpha, 2.0 * zetaPrime);
        var gamma = gammaPrime - Math.Atan2(derivative.Imaginary, derivative.Real);
        var k = ScaledRectifyingRadiusMetres / Ellipsoid.Wgs84.SemiMajorAxisMetres * kPrime * derivative.Magnitude;
        return (k, UnitConversions.RadiansToDegrees(gamma));
    }

    /// <summary>tan χ from tan φ, χ the conformal latitude (Karney 2011, eqs. 7-8).</summary>
    private static double TauPrime(double tau)
    {
        var sqrtOnePlusTauSquared = Math.Sqrt(1.0 + (tau * tau));
        var sigma = Math.Sinh(Eccentricity * Math.Atanh(Eccentricity * tau / sqrtOnePlusTauSquared));
        return (tau * Math.Sqrt(1.0 + (sigma * sigma))) - (sigma * sqrtOnePlusTauSquared);
    }

    /// <summary>tan φ from tan χ by Newton's method (Karney 2011, eqs. 19-21); converges in two or three steps.</summary>
    private static double Tau(double tauPrime)
    {
        var tau = tauPrime / OneMinusEccentricitySquared;
        for (var i = 0; i < MaxNewtonIterations; i++)
        {
            var tauPrimeTrial = TauPrime(tau);
            var step = (tauPrime - tauPrimeTrial) * (1.0 + (OneMinusEccentricitySquared * tau * tau))
                / (OneMinusEccentricitySquared * Math.Sqrt(1.0 + (tau * tau)) * Math.Sqrt(1.0 + (tauPrimeTrial * tauPrimeTrial)));
            tau += step;
            if (!(Math.Abs(step) >= NewtonTolerance * Math.Max(1.0, Math.Abs(tau))))
            {
                break;
            }
        }

        return tau;
    }

    /// <summary>Σ c_j sin(j·x) for j = 1..N by Clenshaw summation, x complex.</summary>
    private static Complex SineSeries(double[] coefficients, Complex x)
    {
        var twoCos = 2.0 * Complex.Cos(x);
        Complex next = Complex.Zero, nextButOne = Complex.Zero;
        for (var j = coefficients.Length; j >= 1; j--)
        {
            var current = coefficients[j - 1] + (twoCos * next) - nextButOne;
            nextButOne = next;
            next = current;
        }

        return next * Complex.Sin(x);
    }

    /// <summary>Σ 2j·c_j cos(j·x) for j = 1..N by Clenshaw summation: the derivative of the sine series in ζ' when x = 2ζ'.</summary>
    private static Complex CosineSeriesDerivative(double[] coefficients, Complex x)
    {
        var cos = Complex.Cos(x);
        var twoCos = 2.0 * cos;
        Complex next = Complex.Zero, nextButOne = Complex.Zero;
        for (var j = coefficients.Length; j >= 1; j--)
        {
            var current = (2.0 * j * coefficients[j - 1]) + (twoCos * next) - nextButOne;
            nextButOne = next;
            next = current;
        }

        return (next * cos) - nextButOne;
    }

    /// <summary>α_j of Krüger's forward series to order n⁶ (Karney 2011, eq. 35).</summary>
    private static double[] ForwardCoefficients(double n)
    {
        var n2 = n * n;
        var n3 = n2 * n;
        var n4 = n3 * n;
        var n5 = n4 * n;
        var n6 = n5 * n;
        return
        [
            (n / 2.0) - (2.0 * n2 / 3.0) + (5.0 * n3 / 16.0) + (41.0 * n4 / 180.0) - (127.0 * n5 / 288.0) + (7891.0 * n6 / 37800.0),
            (13.0 * n2 / 48.0) - (3.0 * n3 / 5.0) + (557.0 * n4 / 1440.0) + (281.0 * n5 / 630.0) - (1983433.0 * n6 / 1935360.0),
            (61.0 * n3 / 240.0) - (103.0 * n4 / 140.0) + (15061.0 * n5 / 26880.0) + (167603.0 * n6 / 181440.0),
            (49561.0 * n4 / 161280.0) - (179.0 * n5 / 168.0) + (6601661.0 * n6 / 7257600.0),
            (34729.0 * n5 / 80640.0) - (3418889.0 * n6 / 1995840.0),
            212378941.0 * n6 / 319334400.0,
        ];
    }

    /// <summary>β_j of Krüger's inverse series to order n⁶ (Karney 2011, eq. 36).</summary>
    private static double[] InverseCoefficients(double n)
    {
        var n2 = n * n;
        var n3 = n2 * n;
        var n4 = n3 * n;
        var n5 = n4 * n;
        var n6 = n5 * n;
        return
        [
            (n / 2.0) - (2.0 * n2 / 3.0) + (37.0 * n3 / 96.0) - (n4 / 360.0) - (81.0 * n5 / 512.0) + (96199.0 * n6 / 604800.0),
            (n2 / 48.0) + (n3 / 15.0) - (437.0 * n4 / 1440.0) + (46.0 * n5 / 105.0) - (1118711.0 * n6 / 3870720.0),
            (17.0 * n3 / 480.0) - (37.0 * n4 / 840.0) - (209.0 * n5 / 4480.0) + (5569.0 * n6 / 90720.0),
            (4397.0 * n4 / 161280.0) - (11.0 * n5 / 504.0) - (830251.0 * n6 / 7257600.0),
            (4583.0 * n5 / 161280.0) - (108847.0 * n6 / 3991680.0),
            20648693.0 * n6 / 638668800.0,
        ];
    }
}
