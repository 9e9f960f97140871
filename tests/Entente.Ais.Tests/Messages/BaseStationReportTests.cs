using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class BaseStationReportTests
{
    // ITU-R M.1371-5 message 4/11 layout, field by field.
    private static PayloadBuilder Build(
        int type = 4, int year = 2026, int month = 3, int day = 14, int hour = 9, int minute = 26, int second = 53,
        int lon = 1 * 600_000 + 30_000, int lat = 51 * 600_000 + 3_000, int epfd = 7) =>
        new PayloadBuilder()
            .Field(type, 6).Field(2, 2).Field(2_320_230, 30)
            .Field(year, 14).Field(month, 4).Field(day, 5).Field(hour, 5).Field(minute, 6).Field(second, 6)
            .Flag(true).Field(lon, 28).Field(lat, 27).Field(epfd, 4)
            .Flag(true).Field(0x1A5, 9).Flag(true).Field(82_058, 19);

    [Fact]
    public void TryRead_Type4_ReadsEveryField()
    {
        var m = Decode.One<BaseStationReport>(Build());

        Assert.Equal(4, m.MessageType);
        Assert.Equal(2, m.RepeatIndicator);
        Assert.Equal(2_320_230, m.Mmsi);
        Assert.Equal((2026, 3, 14, 9, 26, 53), (m.YearRaw, m.MonthRaw, m.DayRaw, m.HourRaw, m.MinuteRaw, m.SecondRaw));
        Assert.True(m.PositionAccuracyHigh);
        Assert.Equal(1.05, m.LongitudeDegrees!.Value, 9);
        Assert.Equal(51.005, m.LatitudeDegrees!.Value, 9);
        Assert.Equal(EpfdType.Surveyed, m.Epfd);
        Assert.True(m.LongRangeBroadcastRequested);
        Assert.Equal(0x1A5, m.Spare);
        Assert.True(m.Raim);
        Assert.Equal(82_058, m.RadioStatus);
        Assert.Equal(new DateTime(2026, 3, 14, 9, 26, 53, DateTimeKind.Utc), m.UtcTimestamp);
    }

    [Fact]
    public void TryRead_Type11_SameLayout()
    {
        var m = Decode.One<BaseStationReport>(Build(type: 11, epfd: 1));

        Assert.Equal(11, m.MessageType);
        Assert.Equal(EpfdType.Gps, m.Epfd);
        Assert.Equal(2026, m.YearRaw);
    }

    [Fact]
    public void TypedValues_NotAvailable_AreNull()
    {
        var m = Decode.One<BaseStationReport>(Build(
            year: 0, month: 0, day: 0, hour: 24, minute: 60, second: 60, lon: AisFields.LongitudeNotAvailable,
            lat: AisFields.LatitudeNotAvailable, epfd: 0));

        Assert.Null(m.UtcTimestamp);
        Assert.Null(m.LongitudeDegrees);
        Assert.Null(m.LatitudeDegrees);
        Assert.Equal(EpfdType.Undefined, m.Epfd);
    }

    [Theory]
    [InlineData(2026, 2, 29, 0, 0, 0)]
    [InlineData(2026, 13, 1, 0, 0, 0)]
    [InlineData(2026, 1, 1, 23, 59, 60)]
    [InlineData(10196, 1, 1, 0, 0, 0)]
    public void UtcTimestamp_ImpossibleDate_IsNull(int year, int month, int day, int hour, int minute, int second)
    {
        var m = Decode.One<BaseStationReport>(Build(year: year, month: month, day: day, hour: hour, minute: minute, second: second));

        Assert.Null(m.UtcTimestamp);
    }

    [Fact]
    public void TryRead_ShortPayload_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(167)));

    [Fact]
    public void TryRead_LongPayload_IgnoresExtraBits()
    {
        var m = MessageRead.As<BaseStationReport>(Build().Field(0x3F, 8));

        Assert.Equal(82_058, m.RadioStatus);
    }

    [Fact]
    public void GpsdJson_RawDateAndDialectDecimals()
    {
        var m = Decode.One<BaseStationReport>(Build(year: 0, month: 0, day: 0, hour: 24, minute: 60, second: 60, epfd: 15));

        Assert.Equal(
            """{"class":"AIS","type":4,"repeat":2,"mmsi":2320230,"scaled":true,"timestamp":"0000-00-00T24:60:60Z","accuracy":true,"lon":1.050000,"lat":51.005000,"epfd":15,"epfd_text":"INVALID EPFD","raim":true,"radio":82058}""",
            MessageRead.Json(m));
        Assert.Equal(
            """{"class":"AIS","type":4,"repeat":2,"mmsi":2320230,"scaled":true,"timestamp":"0000-00-00T24:60:60Z","accuracy":true,"lon":1.0500000,"lat":51.0050000,"epfd":15,"epfd_text":"Internal GNSS","raim":true,"radio":82058}""",
            MessageRead.Json(m, dialect: GpsdDialect.Gpsd2026));
        Assert.Equal(
            """{"class":"AIS","type":4,"repeat":2,"mmsi":2320230,"scaled":false,"timestamp":"0000-00-00T24:60:60Z","accuracy":true,"lon":630000,"lat":30603000,"epfd":15,"epfd_text":"INVALID EPFD","raim":true,"radio":82058}""",
            MessageRead.Json(m, scaled: false));
    }
}
