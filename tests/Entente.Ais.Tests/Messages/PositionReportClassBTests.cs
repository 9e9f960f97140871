using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class PositionReportClassBTests
{
    // ITU-R M.1371-5 message 18, field by field.
    private static PayloadBuilder Build(int speed = 1, int longitude = -44_443_279, int latitude = 24_410_724, int course = 796, int heading = 511, int second = 49) =>
        new PayloadBuilder()
            .Field(18, 6).Field(1, 2).Field(338_087_471, 30).Field(0, 8).Field(speed, 10).Flag(false)
            .Field(longitude, 28).Field(latitude, 27).Field(course, 12).Field(heading, 9).Field(second, 6).Field(0, 2)
            .Flag(true).Flag(false).Flag(true).Flag(true).Flag(true).Flag(false).Flag(true).Field(917_510, 20);

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = MessageRead.As<PositionReportClassB>(Build());

        Assert.Equal((18, 1, 338_087_471), (m.MessageType, m.RepeatIndicator, m.Mmsi));
        Assert.Equal(0.1, m.SpeedOverGroundKnots);
        Assert.False(m.PositionAccuracyHigh);
        Assert.Equal(-74.0721317, m.LongitudeDegrees!.Value, 7);
        Assert.Equal(40.68454, m.LatitudeDegrees!.Value, 7);
        Assert.Equal(79.6, m.CourseOverGroundDegrees!.Value, 9);
        Assert.Null(m.TrueHeadingDegrees);
        Assert.Equal(49, m.TimeStampSecond);
        Assert.True(m.IsCarrierSenseUnit);
        Assert.False(m.HasDisplay);
        Assert.True(m.HasDsc);
        Assert.True(m.CanUseWholeBand);
        Assert.True(m.AcceptsMessage22);
        Assert.False(m.IsAssignedMode);
        Assert.True(m.Raim);
        Assert.Equal(917_510, m.RadioStatus);
        Assert.True(m.CommunicationStateIsItdma);
        Assert.Equal(917_510 - (1 << 19), m.CommunicationState);
    }

    [Fact]
    public void TryRead_NotAvailable_IsNull()
    {
        var m = MessageRead.As<PositionReportClassB>(Build(1023, 181 * 600_000, 91 * 600_000, 3600, 511, 60));

        Assert.Null(m.SpeedOverGroundKnots);
        Assert.Null(m.LongitudeDegrees);
        Assert.Null(m.LatitudeDegrees);
        Assert.Null(m.CourseOverGroundDegrees);
        Assert.Null(m.TrueHeadingDegrees);
        Assert.Null(m.TimeStampSecond);
    }

    [Fact]
    public void TryRead_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(167)));

    [Fact]
    public void TryRead_Long_IsRead() => Assert.Equal(338_087_471, MessageRead.As<PositionReportClassB>(Build().Sized(200)).Mmsi);

    [Fact]
    public void GpsdJson_DecimalsFollowTheDialect()
    {
        var m = MessageRead.As<PositionReportClassB>(Build());

        Assert.Equal(
            """{"class":"AIS","type":18,"repeat":1,"mmsi":338087471,"scaled":true,"reserved":0,"speed":0.1,"accuracy":false,"lon":-74.072132,"lat":40.684540,"course":79.6,"heading":511,"second":49,"regional":0,"cs":true,"display":false,"dsc":true,"band":true,"msg22":true,"raim":true,"radio":917510}""",
            MessageRead.Json(m));
        Assert.Contains("\"lon\":-74.0721317,\"lat\":40.6845400,", MessageRead.Json(m, dialect: GpsdDialect.Gpsd2026), StringComparison.Ordinal);
    }
}
