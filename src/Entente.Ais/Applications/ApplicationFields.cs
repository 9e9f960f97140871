namespace Entente.Ais.Applications;

/// <summary>Conversions shared by applications: positions in 1/1000 minute and the month/day/hour/minute fields.</summary>
internal static class ApplicationFields
{
    /// <summary>Longitude in degrees from 1/1000 minute, or null when not available or out of range.</summary>
    public static double? LongitudeDegreesThousandthMinute(int raw) => raw is >= -180 * 60_000 and <= 180 * 60_000 ? raw / 60_000.0 : null;

    /// <summary>Latitude in degrees from 1/1000 minute, or null when not available or out of range.</summary>
    public static double? LatitudeDegreesThousandthMinute(int raw) => raw is >= -90 * 60_000 and <= 90 * 60_000 ? raw / 60_000.0 : null;

    /// <summary>A month 1 to 12; 0 is not available.</summary>
    public static int? Month(int raw) => raw is >= 1 and <= 12 ? raw : null;

    /// <summary>A day of the month 1 to 31; 0 is not available.</summary>
    public static int? Day(int raw) => raw is >= 1 and <= 31 ? raw : null;

    /// <summary>An hour 0 to 23; 24 is not available.</summary>
    public static int? Hour(int raw) => raw is >= 0 and <= 23 ? raw : null;

    /// <summary>A minute 0 to 59; 60 is not available.</summary>
    public static int? Minute(int raw) => raw is >= 0 and <= 59 ? raw : null;

    /// <summary>A direction 0 to 359 degrees; other values are not available.</summary>
    public static int? Direction(int raw) => raw is >= 0 and <= 359 ? raw : null;

    /// <summary>(raw − offset) / 10 when raw is within [minimum, maximum], else null (not available or out of range).</summary>
    public static double? Tenths(int raw, int minimum, int maximum, int offset = 0) =>
        raw >= minimum && raw <= maximum ? (raw - offset) / 10.0 : null;

    /// <summary>The raw value when within [minimum, maximum], else null (not available or out of range).</summary>
    public static int? Whole(int raw, int minimum, int maximum) => raw >= minimum && raw <= maximum ? raw : null;
}
