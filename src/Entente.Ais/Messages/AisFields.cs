namespace Entente.Ais.Messages;

/// <summary>
/// Conversions shared by message types: the "not available" sentinels of ITU-R M.1371-5 and the scaling of
/// positions, speeds and courses.
/// </summary>
public static class AisFields
{
    /// <summary>Raw longitude meaning "not available": 181 degrees in 1/10000 minute.</summary>
    public const int LongitudeNotAvailable = 181 * 600_000;

    /// <summary>Raw latitude meaning "not available": 91 degrees in 1/10000 minute.</summary>
    public const int LatitudeNotAvailable = 91 * 600_000;

    /// <summary>Longitude in degrees from 1/10000 minute, or null when not available or out of range.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>Degrees east, or null.</returns>
    public static double? LongitudeDegrees(int raw) => raw is >= -180 * 600_000 and <= 180 * 600_000 ? raw / 600_000.0 : null;

    /// <summary>Latitude in degrees from 1/10000 minute, or null when not available or out of range.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>Degrees north, or null.</returns>
    public static double? LatitudeDegrees(int raw) => raw is >= -90 * 600_000 and <= 90 * 600_000 ? raw / 600_000.0 : null;

    /// <summary>Longitude in degrees from 1/10 minute (low-resolution fields), or null.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>Degrees east, or null.</returns>
    public static double? LongitudeDegreesTenthMinute(int raw) => raw is >= -1800 * 60 and <= 1800 * 60 ? raw / 600.0 : null;

    /// <summary>Latitude in degrees from 1/10 minute (low-resolution fields), or null.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>Degrees north, or null.</returns>
    public static double? LatitudeDegreesTenthMinute(int raw) => raw is >= -900 * 60 and <= 900 * 60 ? raw / 600.0 : null;

    /// <summary>Speed over ground in knots from 1/10 knot; 1023 is not available and 1022 means 102.2 knots or more.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>Knots, or null.</returns>
    public static double? SpeedKnotsTenths(int raw) => raw is >= 0 and < 1023 ? raw / 10.0 : null;

    /// <summary>Course over ground in degrees from 1/10 degree; 3600 is not available.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>Degrees true, or null.</returns>
    public static double? CourseDegreesTenths(int raw) => raw is >= 0 and < 3600 ? raw / 10.0 : null;

    /// <summary>True heading in whole degrees; 511 is not available.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>Degrees true, or null.</returns>
    public static int? HeadingDegrees(int raw) => raw is >= 0 and < 360 ? raw : null;

    /// <summary>The UTC second of the report; 60 is not available and 61 to 63 mean manual, estimated or inoperative.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>0 to 59, or null.</returns>
    public static int? UtcSecond(int raw) => raw is >= 0 and < 60 ? raw : null;
}
