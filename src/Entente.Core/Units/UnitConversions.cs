namespace Entente.Core.Units;

/// <summary>
/// Conversions between the units used at sea and SI units, and bearing helpers.
/// </summary>
/// <remarks>
/// The nautical mile is the international nautical mile of exactly 1852 m and the knot is one nautical mile per hour.
/// All members are pure functions and thread-safe.
/// </remarks>
public static class UnitConversions
{
    /// <summary>Metres in one international nautical mile (exact).</summary>
    public const double MetresPerNauticalMile = 1852.0;

    /// <summary>Seconds in one hour.</summary>
    public const double SecondsPerHour = 3600.0;

    private const double RadiansPerDegree = Math.PI / 180.0;
    private const double DegreesPerRadian = 180.0 / Math.PI;

    private static readonly string[] CompassPoints =
    [
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
    ];

    /// <summary>Converts a speed in knots to metres per second.</summary>
    /// <param name="knots">Speed in knots.</param>
    /// <returns>Speed in metres per second.</returns>
    public static double KnotsToMetresPerSecond(double knots) => knots * (MetresPerNauticalMile / SecondsPerHour);

    /// <summary>Converts a speed in metres per second to knots.</summary>
    /// <param name="metresPerSecond">Speed in metres per second.</param>
    /// <returns>Speed in knots.</returns>
    public static double MetresPerSecondToKnots(double metresPerSecond) =>
        metresPerSecond * (SecondsPerHour / MetresPerNauticalMile);

    /// <summary>Converts a distance in metres to nautical miles.</summary>
    /// <param name="metres">Distance in metres.</param>
    /// <returns>Distance in nautical miles.</returns>
    public static double MetresToNauticalMiles(double metres) => metres / MetresPerNauticalMile;

    /// <summary>Converts a distance in nautical miles to metres.</summary>
    /// <param name="nauticalMiles">Distance in nautical miles.</param>
    /// <returns>Distance in metres.</returns>
    public static double NauticalMilesToMetres(double nauticalMiles) => nauticalMiles * MetresPerNauticalMile;

    /// <summary>Converts an angle in degrees to radians.</summary>
    /// <param name="degrees">Angle in degrees.</param>
    /// <returns>Angle in radians.</returns>
    public static double DegreesToRadians(double degrees) => degrees * RadiansPerDegree;

    /// <summary>Converts an angle in radians to degrees.</summary>
    /// <param name="radians">Angle in radians.</param>
    /// <returns>Angle in degrees.</returns>
    public static double RadiansToDegrees(double radians) => radians * DegreesPerRadian;

    /// <summary>Reduces a bearing to the range [0, 360) degrees.</summary>
    /// <param name="bearingDegrees">Any finite bearing in degrees, e.g. -90 or 725.</param>
    /// <returns>The equivalent bearing in [0, 360).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bearingDegrees"/> is NaN or infinite.</exception>
    public static double NormaliseBearingDegrees(double bearingDegrees)
    {
        if (!double.IsFinite(bearingDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(bearingDegrees), bearingDegrees, "Bearing must be a finite number of degrees.");
        }

        var reduced = bearingDegrees % 360.0;
        if (reduced < 0.0)
        {
            reduced += 360.0;
        }

        // A tiny negative remainder plus 360 rounds to exactly 360, which is outside the half-open range; -0 becomes +0.
        return reduced >= 360.0 || reduced == 0.0 ? 0.0 : reduced;
    }

    /// <summary>Names the 16-point compass sector containing a bearing.</summary>
    /// <remarks>
    /// Each sector is 22.5° wide and centred on its point; sectors are half-open at the clockwise end, so 11.25° is "NNE"
    /// and 348.75° is "N".
    /// </remarks>
    /// <param name="bearingDegrees">Any finite bearing in degrees; it is normalised first.</param>
    /// <returns>One of "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bearingDegrees"/> is NaN or infinite.</exception>
    public static string CompassPoint16(double bearingDegrees)
    {
        var normalised = NormaliseBearingDegrees(bearingDegrees);
        var sector = (int)Math.Floor((normalised + 11.25) / 22.5) % 16;
        return CompassPoints[sector];
    }
}
