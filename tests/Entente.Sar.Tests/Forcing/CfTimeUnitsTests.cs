using Entente.Sar.Forcing.NetCdf;

namespace Entente.Sar.Tests.Forcing;

public sealed class CfTimeUnitsTests
{
    [Theory]
    [InlineData("hours since 2024-01-01 00:00:00", 6, "2024-01-01T06:00:00Z")]
    [InlineData("hours since 1900-01-01 00:00:00.0", 1091976, "2024-07-28T00:00:00Z")]
    [InlineData("days since 2023-12-31 12:00:00", 0.5, "2024-01-01T00:00:00Z")]
    [InlineData("days since 1950-01-01", 27028.25, "2024-01-01T06:00:00Z")]
    [InlineData("seconds since 1970-01-01T00:00:00Z", 1704067200, "2024-01-01T00:00:00Z")]
    [InlineData("seconds since 1970-01-01 00:00:00 UTC", 60, "1970-01-01T00:01:00Z")]
    [InlineData("minutes since 2024-01-01T06:00 +01:00", 30, "2024-01-01T05:30:00Z")]
    [InlineData("minutes since 2024-01-01 06:00:00 -0600", 0, "2024-01-01T12:00:00Z")]
    [InlineData("Hours Since 2024-1-1 0:0:0", 1, "2024-01-01T01:00:00Z")]
    [InlineData("h since 2024-01-01", 0.25, "2024-01-01T00:15:00Z")]
    public void Parse_StandardCalendar_GivesTheTime(string units, double value, string expected)
    {
        var time = CfTimeUnits.Parse(units, calendar: null).ToTime(value);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
    }

    [Theory]
    [InlineData("standard", "1582-10-15T00:00:00Z")]
    [InlineData("gregorian", "1582-10-15T00:00:00Z")]
    [InlineData("julian", "1582-10-15T00:00:00Z")]
    [InlineData("proleptic_gregorian", "1582-10-05T00:00:00Z")]
    public void Parse_BeforeTheGregorianReform_FollowsTheCalendar(string calendar, string expected)
    {
        // 4 October 1582 (Julian) was followed by 15 October 1582 (Gregorian).
        var time = CfTimeUnits.Parse("days since 1582-10-04", calendar).ToTime(1);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
    }

    [Theory]
    [InlineData("weeks since 2024-01-01", null)]
    [InlineData("hours", null)]
    [InlineData("hours since yesterday", null)]
    [InlineData("hours since 2024-13-01", null)]
    [InlineData("hours since 2024-01-01 00:00 CET", null)]
    [InlineData("hours since 2024-01-01", "noleap")]
    public void Parse_Unknown_Fails(string units, string? calendar)
    {
        Assert.Throws<FormatException>(() => CfTimeUnits.Parse(units, calendar));
    }

    [Fact]
    public void ToTime_OutOfRange_Fails()
    {
        Assert.Throws<FormatException>(() => CfTimeUnits.Parse("days since 2024-01-01", null).ToTime(1e9));
        Assert.Throws<FormatException>(() => CfTimeUnits.Parse("days since 2024-01-01", null).ToTime(double.NaN));
    }
}
