using Entente.Core.Units;

namespace Entente.Core.Geodesy;

/// <summary>
/// Inverse geodesic solution by bracketing the initial azimuth, used where Vincenty's iteration on longitude fails to
/// converge: nearly antipodal positions, and equatorial lines longer than (1 - f) · 180° of longitude.
/// </summary>
/// <remarks>
/// The problem is first put in Karney's canonical form (C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 43-55,
/// 2013, section 4): longitude difference in [0°, 180°], |β1| ≥ |β2| and β1 ≤ 0. There the longitude difference reached
/// by a geodesic leaving point 1 with azimuth α1 and arriving northbound at latitude β2 has exactly one crossing of the
/// target in (0, π), below which it is smaller and above which it is larger, so bisection on α1 cannot fail. Longitude and
/// distance come from the same Vincenty series as the main method, so the accuracy is that of Vincenty's method.
/// </remarks>
internal static class InverseFallback
{
    private const int MaxBisections = 200;

    /// <summary>Solves the inverse problem.</summary>
    /// <param name="latitude1Degrees">Latitude of the start.</param>
    /// <param name="latitude2Degrees">Latitude of the end.</param>
    /// <param name="longitudeDifferenceDegrees">Longitude of the end minus that of the start, in [-180, 180].</param>
    /// <param name="ellipsoid">The ellipsoid.</param>
    /// <returns>The solution.</returns>
    public static GeodesicInverseResult Solve(
        double latitude1Degrees, double latitude2Degrees, double longitudeDifferenceDegrees, Ellipsoid ellipsoid)
    {
        var f = ellipsoid.Flattening;
        var lon12 = longitudeDifferenceDegrees;
        var lonSign = lon12 < 0.0 ? -1.0 : 1.0;
        lon12 *= lonSign;

        var lat1 = latitude1Degrees;
        var lat2 = latitude2Degrees;
        var swap = Math.Abs(lat1) < Math.Abs(lat2) ? -1.0 : 1.0;
        if (swap < 0.0)
        {
            // Travelling the other way reverses the sense of the longitude difference.
            lonSign = -lonSign;
            (lat1, lat2) = (lat2, lat1);
        }

        var latSign = lat1 < 0.0 ? 1.0 : -1.0;
        lat1 *= latSign;
        lat2 *= latSign;

        var (sinBeta1, cosBeta1) = VincentySeries.ReducedLatitude(lat1, f);
        var (sinBeta2, cosBeta2) = VincentySeries.ReducedLatitude(lat2, f);
        var target = UnitConversions.DegreesToRadians(lon12);
        var geometry = new Geometry(sinBeta1, cosBeta1, sinBeta2, cosBeta2, f);

        var low = 0.0;
        var high = Math.PI;
        var trial = geometry.Evaluate(Math.PI / 2.0);
        for (var i = 0; i < MaxBisections; i++)
        {
            var middle = 0.5 * (low + high);
            if (middle <= low || middle >= high)
            {
                break;
            }

            trial = geometry.Evaluate(middle);
            if (trial.LongitudeRadians < target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        var distance = VincentySeries.DistanceMetres(
            ellipsoid, trial.CosSquaredAlpha0, trial.Sigma, Math.Sin(trial.Sigma), Math.Cos(trial.Sigma), trial.Cos2SigmaM);

        var (sinAlpha1, cosAlpha1, sinAlpha2, cosAlpha2) = (trial.SinAlpha1, trial.CosAlpha1, trial.SinAlpha2, trial.CosAlpha2);
        if (swap < 0.0)
        {
            (sinAlpha1, sinAlpha2) = (sinAlpha2, sinAlpha1);
            (cosAlpha1, cosAlpha2) = (cosAlpha2, cosAlpha1);
        }

        sinAlpha1 *= swap * lonSign;
        cosAlpha1 *= swap * latSign;
        sinAlpha2 *= swap * lonSign;
        cosAlpha2 *= swap * latSign;

        return new GeodesicInverseResult(
            distance,
            UnitConversions.NormaliseBearingDegrees(UnitConversions.RadiansToDegrees(Math.Atan2(sinAlpha1, cosAlpha1))),
            UnitConversions.NormaliseBearingDegrees(UnitConversions.RadiansToDegrees(Math.Atan2(sinAlpha2, cosAlpha2))));
    }

    /// <summary>One evaluation of the canonical geodesic for a trial initial azimuth.</summary>
    private readonly record struct Trial(
        double LongitudeRadians,
        double Sigma,
        double Cos2SigmaM,
        double CosSquaredAlpha0,
        double SinAlpha1,
        double CosAlpha1,
        double SinAlpha2,
        double CosAlpha2);

    /// <summary>The fixed end latitudes of the canonical problem.</summary>
    private readonly record struct Geometry(double SinBeta1, double CosBeta1, double SinBeta2, double CosBeta2, double Flattening)
    {
        public Trial Evaluate(double alpha1)
        {
            var (sinAlpha1, cosAlpha1) = Math.SinCos(alpha1);

            // Equator crossing of the great circle on the auxiliary sphere (Clairaut).
            var sinAlpha0 = sinAlpha1 * CosBeta1;
            var cosAlpha0 = Math.Sqrt((cosAlpha1 * cosAlpha1) + (sinAlpha1 * SinBeta1 * (sinAlpha1 * SinBeta1)));

            var sinSigma1 = SinBeta1;
            var cosSigma1 = cosAlpha1 * CosBeta1;
            var sinOmega1 = sinAlpha0 * SinBeta1;
            var cosOmega1 = cosSigma1;
            Normalise(ref sinSigma1, ref cosSigma1);
            Normalise(ref sinOmega1, ref cosOmega1);

            // Azimuth where the great circle reaches β2 heading north; the differences of squares are written to keep precision.
            var sinAlpha2 = CosBeta2 != CosBeta1 ? sinAlpha0 / CosBeta2 : sinAlpha1;
            var cosAlpha2 = CosBeta2 != CosBeta1 || Math.Abs(SinBeta2) != -SinBeta1
                ? Math.Sqrt(Math.Max(0.0, (cosAlpha1 * CosBeta1 * (cosAlpha1 * CosBeta1)) + (CosBeta1 < -SinBeta1
                    ? (CosBeta2 - CosBeta1) * (CosBeta1 + CosBeta2)
                    : (SinBeta1 - SinBeta2) * (SinBeta1 + SinBeta2)))) / CosBeta2
                : Math.Abs(cosAlpha1);

            var sinSigma2 = SinBeta2;
            var cosSigma2 = cosAlpha2 * CosBeta2;
            var sinOmega2 = sinAlpha0 * SinBeta2;
            var cosOmega2 = cosSigma2;
            Normalise(ref sinSigma2, ref cosSigma2);
            Normalise(ref sinOmega2, ref cosOmega2);

            var sigma12 = Math.Atan2(
                Math.Max(0.0, (cosSigma1 * sinSigma2) - (sinSigma1 * cosSigma2)), (cosSigma1 * cosSigma2) + (sinSigma1 * sinSigma2));
            var omega12 = Math.Atan2(
                Math.Max(0.0, (cosOmega1 * sinOmega2) - (sinOmega1 * cosOmega2)), (cosOmega1 * cosOmega2) + (sinOmega1 * sinOmega2));

            // cos(σ1 + σ2) = cos 2σm.
            var cos2SigmaM = (cosSigma1 * cosSigma2) - (sinSigma1 * sinSigma2);
            var cosSquaredAlpha0 = cosAlpha0 * cosAlpha0;
            var longitude = omega12 - VincentySeries.LongitudeExcess(
                Flattening, sinAlpha0, cosSquaredAlpha0, sigma12, Math.Sin(sigma12), Math.Cos(sigma12), cos2SigmaM);

            return new Trial(longitude, sigma12, cos2SigmaM, cosSquaredAlpha0, sinAlpha1, cosAlpha1, sinAlpha2, cosAlpha2);
        }

        private static void Normalise(ref double sin, ref double cos)
        {
            var norm = Math.Sqrt((sin * sin) + (cos * cos));
            sin /= norm;
            cos /= norm;
        }
    }
}
