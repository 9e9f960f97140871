using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Sar.Forcing.NetCdf;

/// <summary>
/// CF time units, <c>&lt;unit&gt; since &lt;reference&gt;</c>, in the standard (mixed Julian/Gregorian), proleptic Gregorian or
/// Julian calendar: seconds, minutes, hours or days since a date with an optional time and time zone.
/// </summary>
/// <param name="SecondsPerUnit">The unit's length.</param>
/// <param name="ReferenceUnixSeconds">The reference time, seconds since 1970-01-01T00:00:00Z.</param>
internal readonly partial record struct CfTimeUnits(double SecondsPerUnit, double ReferenceUnixSeconds)
{
    // Julian day number of 1970-01-01, and of the first Gregorian day (1582-10-15) in the standard calendar.
    private const long UnixEpochJulianDay = 2_440_588;
    private const long GregorianStartJulianDay = 2_299_161;

    /// <summary>Parses the <c>units</c> and <c>calendar</c> attributes of a time coordinate.</summary>
    /// <param name="units">E.g. "hours since 2024-01-01 00:00:00" or "days since 1950-01-01T12:00Z".</param>
    /// <param name="calendar">The calendar attribute, or null for the standard calendar.</param>
    /// <returns>The units.</returns>
    /// <exception cref="FormatException">The units or calendar are not understood: the message quotes them.</exception>
    public static CfTimeUnits Parse(string units, string? calendar)
    {
        ArgumentNullException.ThrowIfNull(units);
        var kind = (calendar ?? "standard").Trim().ToLowerInvariant();
        if (kind is not ("standard" or "gregorian" or "proleptic_gregorian" or "julian" or ""))
        {
            throw new FormatException($"calendar \"{calendar}\" is not supported (standard, gregorian, proleptic_gregorian or julian).");
        }

        var match = Pattern().Match(units.Trim());
        if (!match.Success)
        {
            throw new FormatException($"time units \"{units}\" are not \"<seconds|minutes|hours|days> since <yyyy-mm-dd[ hh:mm:ss][ zone]>\".");
        }

        var seconds = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "s" or "sec" or "secs" or "second" or "seconds" => 1.0,
            "min" or "mins" or "minute" or "minutes" => 60.0,
            "h" or "hr" or "hrs" or "hour" or "hours" => 3600.0,
            "d" or "day" or "days" => 86400.0,
            _ => throw new FormatException($"time unit \"{match.Groups["unit"].Value}\" in \"{units}\" is not seconds, minutes, hours or days."),
        };

        var year = Number(match, "year");
        var month = Number(match, "month");
        var day = Number(match, "day");
        var hour = match.Groups["hour"].Success ? Number(match, "hour") : 0;
        var minute = match.Groups["minute"].Success ? Number(match, "minute") : 0;
        var second = match.Groups["second"].Success ? double.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        if (month is < 1 or > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second >= 61)
        {
            throw new FormatException($"the reference time in \"{units}\" is not a valid date and time.");
        }

        var julianDay = kind switch
        {
            "julian" => JulianCalendarDay(year, month, day),
            "proleptic_gregorian" => GregorianCalendarDay(year, month, day),
            _ => GregorianCalendarDay(year, month, day) >= GregorianStartJulianDay ? GregorianCalendarDay(year, month, day) : JulianCalendarDay(year, month, day),
        };

        var reference = ((julianDay - UnixEpochJulianDay) * 86400.0) + (hour * 3600.0) + (minute * 60.0) + second - ZoneSeconds(match, units);
        return new CfTimeUnits(seconds, reference);
    }

    /// <summary>The time a coordinate value stands for, rounded to the millisecond.</summary>
    /// <param name="value">The value in these units.</param>
    /// <returns>The time, UTC.</returns>
    /// <exception cref="FormatException">The value is not finite or the time is outside years 1 to 9999.</exception>
    public DateTimeOffset ToTime(double value)
    {
        var milliseconds = Math.Round((ReferenceUnixSeconds + (value * SecondsPerUnit)) * 1000.0);
        var min = (DateTimeOffset.MinValue - DateTimeOffset.UnixEpoch).TotalMilliseconds;
        var max = (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).TotalMilliseconds;
        if (!double.IsFinite(milliseconds) || milliseconds < min || milliseconds > max)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"time value {value} is not a time between years 1 and 9999."));
        }

        return DateTimeOffset.UnixEpoch.AddMilliseconds(milliseconds);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static double ZoneSeconds(Match match, string units)
    {
        var zone = match.Groups["zone"].Value;
        if (zone.Length == 0 || zone is "Z" or "z" || zone.Equals("UTC", StringComparison.OrdinalIgnoreCase)
            || zone.Equals("GMT", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var offset = ZonePattern().Match(zone);
        if (!offset.Success)
        {
            throw new FormatException($"the time zone \"{zone}\" in \"{units}\" is not understood.");
        }

        var hours = int.Parse(offset.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = offset.Groups["m"].Success ? int.Parse(offset.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var sign = offset.Groups["sign"].Value == "-" ? -1 : 1;
        return sign * ((hours * 3600.0) + (minutes * 60.0));
    }

    // Julian day numbers at noon of a calendar date (Fliegel and Van Flandern's integer forms).
    private static long GregorianCalendarDay(long year, long month, long day)
    {
        var a = (14 - month) / 12;
        var y = year + 4800 - a;
        var m = month + (12 * a) - 3;
        return day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - (y / 100) + (y / 400) - 32045;
    }

    private static long JulianCalendarDay(long year, long month, long day)
    {
        var a = (14 - month) / 12;
        var y = year + 4800 - a;
        var m = month + (12 * a) - 3;
        return day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - 32083;
    }

    [GeneratedRegex(@"^(?<unit>[A-Za-z]+)\s+since\s+(?<year>\d{1,4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:(?:T|\s+)(?<hour>\d{1,2}):(?<minute>\d{1,2})(?::(?<second>\d{1,2}(?:\.\d*)?))?)?\s*(?<zone>Z|[A-Za-z]{3}|[+-]\d{1,2}(?::?\d{2})?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ZonePattern();
}
