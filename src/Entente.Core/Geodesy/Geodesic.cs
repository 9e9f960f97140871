using Entente.Core.Positions;
using Entente.Core.Units;

namespace Entente.Core.Geodesy;

/// <summary>
/// Geodesics (shortest paths) on an ellipsoid: distance and bearings between two positions, and the position reached from
/// a start, azimuth and distance.
/// </summary>
/// <remarks>
/// <para>
/// Method: T. Vincenty, "Direct and inverse solutions of geodesics on the ellipsoid with application of nested equations",
/// Survey Review 23(176), 88-93 (1975). The iterations stop when successive values differ by at most 1e-12 rad.
/// </para>
/// <para>
/// Accuracy: Vincenty's truncated series are good to about 0.1 mm. Checked against GeographicLib's GeodSolve (Karney's
/// method, accurate to nanometres) on 100,000 random and deliberately awkward lines: inverse distances within 0.06 mm
/// below 10,000 km and 0.08 mm on the longest lines; azimuths within 1e-10° on Channel-scale lines and 2e-8° elsewhere;
/// direct positions within 0.07 mm below 10,000 km. On lines shorter than a metre azimuths are limited by floating-point
/// resolution (about 1e-4° on a line a few millimetres long).
/// </para>
/// <para>
/// Vincenty's inverse iteration does not converge for some nearly antipodal positions and for equatorial lines longer
/// than (1 - f) · 180° of longitude; it is abandoned after 200 steps or once λ leaves [-π, π]. The solution is then found
/// by bisection on the initial azimuth using the same series (following Karney, "Algorithms for geodesics", J. Geodesy 87,
/// 43-55, 2013, section 4), which always terminates. Its distances keep the accuracy above; its azimuths are within about
/// 2e-6°, the azimuth of the shortest path being ill-conditioned there (and, at the exact antipode, not unique).
/// </para>
/// <para>All members are pure functions and thread-safe. When no ellipsoid is given, WGS84 is used.</para>
/// </remarks>
public static class Geodesic
{
    private const double ConvergenceRadians = 1e-12;
    private const int MaxInverseIterations = 200;
    private const int MaxDirectIterations = 100;

    /// <summary>Solves the inverse problem: the shortest path from one position to another.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <param name="ellipsoid">The ellipsoid; WGS84 when null.</param>
    /// <returns>
    /// Distance and initial and final bearings. Coincident positions give zero distance and zero bearings. For exactly
    /// antipodal positions, where every meridian is a shortest path, the path through the North Pole is reported.
    /// </returns>
    public static GeodesicInverseResult Inverse(GeoPosition from, GeoPosition to, Ellipsoid? ellipsoid = null)
    {
        var e = ellipsoid ?? Ellipsoid.Wgs84;
        var lat1 = from.LatitudeDegrees;
        var lat2 = to.LatitudeDegrees;
        var lon12 = AngleMath.LongitudeDifferenceDegrees(from.LongitudeDegrees, to.LongitudeDegrees);

        if (lat1 == lat2 && (lon12 == 0.0 || Math.Abs(lat1) == 90.0))
        {
            return default;
        }

        return TryVincentyInverse(lat1, lat2, lon12, e, out var result)
            ? result
            : InverseFallback.Solve(lat1, lat2, lon12, e);
    }

    /// <summary>Solves the direct problem: where a geodesic of given start, initial azimuth and length ends.</summary>
    /// <param name="from">The start.</param>
    /// <param name="initialBearingDegrees">Azimuth at the start, clockwise from true north; any finite value.</param>
    /// <param name="distanceMetres">Length of the geodesic in metres; finite and not negative.</param>
    /// <param name="ellipsoid">The ellipsoid; WGS84 when null.</param>
    /// <returns>The end position and the azimuth there.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bearing is not finite, or the distance is negative or not finite.</exception>
    public static GeodesicDirectResult Direct(
        GeoPosition from, double initialBearingDegrees, double distanceMetres, Ellipsoid? ellipsoid = null)
    {
        if (!double.IsFinite(initialBearingDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(initialBearingDegrees), initialBearingDegrees,
                "Bearing must be a finite number of degrees.");
        }

        if (!double.IsFinite(distanceMetres) || distanceMetres < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(distanceMetres), distanceMetres,
                "Distance must be a finite, non-negative number of metres.");
        }

        var e = ellipsoid ?? Ellipsoid.Wgs84;
        var f = e.Flattening;
        var (sinAlpha1, cosAlpha1) = AngleMath.SinCosDegrees(UnitConversions.NormaliseBearingDegrees(initialBearingDegrees));
        var (sinU1, cosU1) = VincentySeries.ReducedLatitude(from.LatitudeDegrees, f);

        var sigma1 = Math.Atan2(sinU1, cosU1 * cosAlpha1);
        var sinAlpha = cosU1 * sinAlpha1;
        var cosSquaredAlpha = 1.0 - (sinAlpha * sinAlpha);
        var uSquared = cosSquaredAlpha * e.SecondEccentricitySquared;
        var a = VincentySeries.A(uSquared);
        var b = VincentySeries.B(uSquared);

        // The fixed-point iteration on σ contracts by a factor of about f per step, so it always converges quickly.
        var sigmaZero = distanceMetres / (e.SemiMinorAxisMetres * a);
        var sigma = sigmaZero;
        double sinSigma, cosSigma, cos2SigmaM;
        var iterations = 0;
        while (true)
        {
            cos2SigmaM = Math.Cos((2.0 * sigma1) + sigma);
            (sinSigma, cosSigma) = Math.SinCos(sigma);
            var next = sigmaZero + VincentySeries.DeltaSigma(b, sinSigma, cosSigma, cos2SigmaM);
            var done = Math.Abs(next - sigma) <= ConvergenceRadians || ++iterations >= MaxDirectIterations;
            sigma = next;
            if (done)
            {
                break;
            }
        }

        (sinSigma, cosSigma) = Math.SinCos(sigma);
        cos2SigmaM = Math.Cos((2.0 * sigma1) + sigma);

        var x = (sinU1 * sinSigma) - (cosU1 * cosSigma * cosAlpha1);
        var latitude = Math.Atan2(
            (sinU1 * cosSigma) + (cosU1 * sinSigma * cosAlpha1), (1.0 - f) * Math.Sqrt((sinAlpha * sinAlpha) + (x * x)));
        var lambda = Math.Atan2(sinSigma * sinAlpha1, (cosU1 * cosSigma) - (sinU1 * sinSigma * cosAlpha1));
        var longitudeDifference = lambda
            - VincentySeries.LongitudeExcess(f, sinAlpha, cosSquaredAlpha, sigma, sinSigma, cosSigma, cos2SigmaM);
        var finalBearing = Math.Atan2(sinAlpha, -x);

        var position = GeoPosition.FromDegrees(
            AngleMath.ClampLatitudeDegrees(UnitConversions.RadiansToDegrees(latitude)),
            AngleMath.NormaliseLongitudeDegrees(from.LongitudeDegrees + UnitConversions.RadiansToDegrees(longitudeDifference)));
        return new GeodesicDirectResult(position, ToBearingDegrees(finalBearing));
    }

    /// <summary>Length of the shortest path between two positions.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <param name="ellipsoid">The ellipsoid; WGS84 when null.</param>
    /// <returns>The distance in metres.</returns>
    public static double DistanceMetres(GeoPosition from, GeoPosition to, Ellipsoid? ellipsoid = null) =>
        Inverse(from, to, ellipsoid).DistanceMetres;

    /// <summary>Initial azimuth of the shortest path from one position to another.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <param name="ellipsoid">The ellipsoid; WGS84 when null.</param>
    /// <returns>The bearing in degrees clockwise from true north, in [0, 360); zero for coincident positions.</returns>
    public static double InitialBearingDegrees(GeoPosition from, GeoPosition to, Ellipsoid? ellipsoid = null) =>
        Inverse(from, to, ellipsoid).InitialBearingDegrees;

    private static bool TryVincentyInverse(double lat1, double lat2, double lon12, Ellipsoid e, out GeodesicInverseResult result)
    {
        var f = e.Flattening;
        var (sinU1, cosU1) = VincentySeries.ReducedLatitude(lat1, f);
        var (sinU2, cosU2) = VincentySeries.ReducedLatitude(lat2, f);
        var longitude = UnitConversions.DegreesToRadians(lon12);

        // λ is carried as L plus a small excess, with sin λ and cos λ built from the exact sine and cosine of L: near
        // antipodes sin λ must come out exactly 0 when the excess is 0, not sin(Math.PI) = 1.2e-16.
        var (sinL, cosL) = AngleMath.SinCosDegrees(lon12);
        var (sinLambda, cosLambda) = (sinL, cosL);
        var excess = 0.0;
        var converged = false;
        for (var i = 0; i < MaxInverseIterations; i++)
        {
            var state = new AuxiliaryState(sinU1, cosU1, sinU2, cosU2, sinLambda, cosLambda);
            if (state.SinSigma == 0.0)
            {
                result = state.CosSigma > 0.0 ? default : AntipodalMeridian(lat1, lat2, e);
                return true;
            }

            if (converged)
            {
                var distance = VincentySeries.DistanceMetres(
                    e, state.CosSquaredAlpha, state.Sigma, state.SinSigma, state.CosSigma, state.Cos2SigmaM);
                var initial = Math.Atan2(cosU2 * sinLambda, (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda));
                var final = Math.Atan2(cosU1 * sinLambda, (-sinU1 * cosU2) + (cosU1 * sinU2 * cosLambda));
                result = new GeodesicInverseResult(distance, ToBearingDegrees(initial), ToBearingDegrees(final));
                return true;
            }

            var nextExcess = VincentySeries.LongitudeExcess(
                f, state.SinAlpha, state.CosSquaredAlpha, state.Sigma, state.SinSigma, state.CosSigma, state.Cos2SigmaM);
            if (Math.Abs(longitude + nextExcess) > Math.PI)
            {
                // Past the antipodal meridian: the iteration has left the region where it finds the shortest path.
                break;
            }

            // One more pass after convergence evaluates everything at the final λ, not the one before it: on short
            // lines a 1e-12 rad lag in λ would otherwise show as azimuth error of order 1e-7 degrees.
            converged = Math.Abs(nextExcess - excess) <= ConvergenceRadians;
            excess = nextExcess;
            var (sinExcess, cosExcess) = Math.SinCos(excess);
            sinLambda = (sinL * cosExcess) + (cosL * sinExcess);
            cosLambda = (cosL * cosExcess) - (sinL * sinExcess);
        }

        result = default;
        return false;
    }

    /// <summary>The half-meridian through the North Pole joining exactly antipodal positions.</summary>
    private static GeodesicInverseResult AntipodalMeridian(double lat1, double lat2, Ellipsoid e)
    {
        // A meridian has cos²α = 1; over σ = π the periodic term of the distance vanishes.
        var distance = VincentySeries.DistanceMetres(e, 1.0, Math.PI, 0.0, -1.0, 0.0);
        var initial = lat1 == 90.0 ? 180.0 : 0.0;
        var final = lat2 == 90.0 ? 0.0 : 180.0;
        return new GeodesicInverseResult(distance, initial, final);
    }

    private static double ToBearingDegrees(double radians) =>
        UnitConversions.NormaliseBearingDegrees(UnitConversions.RadiansToDegrees(radians));

    /// <summary>The auxiliary-sphere quantities of Vincenty's inverse iteration for one trial longitude λ.</summary>
    private readonly record struct AuxiliaryState
    {
        public AuxiliaryState(double sinU1, double cosU1, double sinU2, double cosU2, double sinLambda, double cosLambda)
        {
            var t1 = cosU2 * sinLambda;
            var t2 = (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda);
            SinSigma = Math.Sqrt((t1 * t1) + (t2 * t2));
            CosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            Sigma = Math.Atan2(SinSigma, CosSigma);
            SinAlpha = SinSigma == 0.0 ? 0.0 : cosU1 * cosU2 * sinLambda / SinSigma;
            CosSquaredAlpha = Math.Max(0.0, 1.0 - (SinAlpha * SinAlpha));

            // On an equatorial line cos²α = 0 and the term multiplying cos 2σm vanishes, so its value does not matter.
            Cos2SigmaM = CosSquaredAlpha != 0.0 ? CosSigma - (2.0 * sinU1 * sinU2 / CosSquaredAlpha) : 0.0;
        }

        public double SinSigma { get; }

        public double CosSigma { get; }

        public double Sigma { get; }

        public double SinAlpha { get; }

        public double CosSquaredAlpha { get; }

        public double Cos2SigmaM { get; }
    }
}
