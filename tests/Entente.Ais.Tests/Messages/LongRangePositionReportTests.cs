using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class LongRangePositionReportTests
{
    // ITU-R M.1371-5 message 27, field by field (96 bits).
    private static PayloadBuilder Build(int longitude = -92_521, int latitude = 52_239, int speed = 0, int course = 0) => new PayloadBuilder()
        .Field(27, 6).Field(1, 2).Field(236_091_959, 30).Flag(false).Flag(true).Field(3, 4)
        .Field(longitude, 18).Field(latitude, 17).Field(speed, 6).Field(course, 9).Flag(false).Field(0, 1);

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = MessageRead.As<LongRangePositionReport>(Build());

        Assert.Equal((27, 1, 236_091_959), (m.MessageType, m.RepeatIndicator, m.Mmsi));
        Assert.False(m.PositionAccuracyHigh);
        Assert.True(m.Raim);
        Assert.Equal(NavigationStatus.RestrictedManoeuvrability, m.NavigationStatus);
        Assert.Equal(-154.2016667, m.LongitudeDegrees!.Value, 7);
        Assert.Equal(87.065, m.LatitudeDegrees!.Value, 9);
        Assert.Equal(0, m.SpeedOverGroundKnots);
        Assert.Equal(0, m.CourseOverGroundDegrees);
        Assert.False(m.PositionNotCurrent);
    }

    [Fact]
    public void TryRead_NotAvailable_IsNull()
    {
        var m = MessageRead.As<LongRangePositionReport>(Build(181 * 600, 91 * 600, 63, 511));

        Assert.Null(m.LongitudeDegrees);
        Assert.Null(m.LatitudeDegrees);
        Assert.Null(m.SpeedOverGroundKnots);
        Assert.Null(m.CourseOverGroundDegrees);
    }

    [Fact]
    public void TryRead_FullSlot_IsRead() => Assert.Equal(236_091_959, MessageRead.As<LongRangePositionReport>(Build().Sized(168)).Mmsi);

    [Theory]
    [InlineData(95, AisErrorKind.MessageTooShort)]
    [InlineData(97, AisErrorKind.BadMessageLength)]
    [InlineData(167, AisErrorKind.BadMessageLength)]
    public void TryRead_OtherLengths_AreRejected(int bits, AisErrorKind error) => Assert.Equal(error, MessageRead.Error(Build().Sized(bits)));

    [Fact]
    public void GpsdJson_StatusFollowsTheDialect()
    {
        var m = MessageRead.As<LongRangePositionReport>(Build());

        Assert.Equal(
            """{"class":"AIS","type":27,"repeat":1,"mmsi":236091959,"scaled":true,"status":"Restricted manoeuverability","accuracy":false,"lon":-154.2,"lat":87.1,"speed":0,"course":0,"raim":true,"gnss":false}""",
            MessageRead.Json(m));
        Assert.Equal(
            """{"class":"AIS","type":27,"repeat":1,"mmsi":236091959,"scaled":true,"status":3,"status_text":"Restricted maneuverability","accuracy":false,"lon":-154.2017,"lat":87.0650,"speed":0,"course":0,"raim":true,"gnss":false}""",
            MessageRead.Json(m, dialect: GpsdDialect.Gpsd2026));
        Assert.Equal(
            """{"class":"AIS","type":27,"repeat":1,"mmsi":236091959,"scaled":false,"status":3,"accuracy":false,"lon":-92521,"lat":52239,"speed":0,"course":0,"raim":true,"gnss":false}""",
            MessageRead.Json(m, scaled: false, dialect: GpsdDialect.Gpsd2026));
    }
}
