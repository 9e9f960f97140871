using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Payload;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class PositionReportClassATests
{
    private static PayloadBuilder Report(int type = 1, int status = 0, int turn = 0, int speed = 0, int lon = 0, int lat = 0, int course = 0, int heading = 0, int second = 0) =>
        new PayloadBuilder().Field(type, 6).Field(3, 2).Field(235009802, 30).Field(status, 4).Field(turn, 8).Field(speed, 10).Flag(true)
            .Field(lon, 28).Field(lat, 27).Field(course, 12).Field(heading, 9).Field(second, 6).Field(2, 2).Field(0, 3).Flag(true).Field(81_234, 19);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fields_FollowTheItuLayout(int type)
    {
        // 1°20' E, 51°N: off Dover. 12.3 kn, 224.0°, heading 215, second 33.
        var m = Decode.One<PositionReportClassA>(Report(type, 7, 20, 123, 800_000, 30_600_000, 2240, 215, 33));
        Assert.Equal(type, m.MessageType);
        Assert.Equal(3, m.RepeatIndicator);
        Assert.Equal(235009802, m.Mmsi);
        Assert.Equal(NavigationStatus.EngagedInFishing, m.NavigationStatus);
        Assert.Equal(12.3, m.SpeedOverGroundKnots!.Value, 9);
        Assert.True(m.PositionAccuracyHigh);
        Assert.Equal(800_000 / 600_000.0, m.LongitudeDegrees!.Value, 9);
        Assert.Equal(51.0, m.LatitudeDegrees!.Value, 9);
        Assert.Equal(224.0, m.CourseOverGroundDegrees!.Value, 9);
        Assert.Equal(215, m.TrueHeadingDegrees);
        Assert.Equal(33, m.TimeStampSecond);
        Assert.Equal(2, m.ManeuverIndicator);
        Assert.True(m.Raim);
        Assert.Equal(81_234, m.RadioStatus);
        Assert.Equal(Math.Pow(20 / 4.733, 2), m.RateOfTurnDegreesPerMinute!.Value, 9);
    }

    [Fact]
    public void NotAvailableValues_AreNull()
    {
        var m = Decode.One<PositionReportClassA>(Report(turn: -128, speed: 1023, lon: AisFields.LongitudeNotAvailable, lat: AisFields.LatitudeNotAvailable, course: 3600, heading: 511, second: 60));
        Assert.Null(m.RateOfTurnDegreesPerMinute);
        Assert.Null(m.SpeedOverGroundKnots);
        Assert.Null(m.LongitudeDegrees);
        Assert.Null(m.LatitudeDegrees);
        Assert.Null(m.CourseOverGroundDegrees);
        Assert.Null(m.TrueHeadingDegrees);
        Assert.Null(m.TimeStampSecond);
        Assert.Equal(-128, m.RateOfTurnRaw);
        Assert.Equal(511, m.TrueHeadingRaw);
    }

    [Fact]
    public void TurnToPort_IsNegative()
    {
        var m = Decode.One<PositionReportClassA>(Report(turn: -20));
        Assert.True(m.RateOfTurnDegreesPerMinute < 0);
        Assert.Null(Decode.One<PositionReportClassA>(Report(turn: 127)).RateOfTurnDegreesPerMinute);
    }

    [Fact]
    public void SouthAndWest_AreNegative()
    {
        var m = Decode.One<PositionReportClassA>(Report(lon: -600_000, lat: -300_000));
        Assert.Equal(-1.0, m.LongitudeDegrees!.Value, 9);
        Assert.Equal(-0.5, m.LatitudeDegrees!.Value, 9);
    }

    [Fact]
    public void TooShort_IsAnErrorNotAnException()
    {
        var payload = AisPayload.FromArmoured("13aDp<PP000IwSlN?Wm@");
        Assert.False(PositionReportClassA.TryRead(payload, out _, out var error));
        Assert.Equal(AisErrorKind.MessageTooShort, error);
    }

    [Fact]
    public void WrongType_IsRefused()
    {
        var payload = AisPayload.FromArmoured("55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp888888888880", 2);
        Assert.False(PositionReportClassA.TryRead(payload, out _, out var error));
        Assert.Equal(AisErrorKind.UnknownMessageType, error);
    }
}
