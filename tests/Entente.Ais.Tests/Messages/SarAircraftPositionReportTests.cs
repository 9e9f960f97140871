using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class SarAircraftPositionReportTests
{
    // ITU-R M.1371-5 message 9 layout, field by field (168 bits).
    private static PayloadBuilder Build(
        int altitude = 303, int speed = 42, int lon = -3_767_306, int lat = 34_886_400, int course = 1545,
        int second = 15, bool barometric = true, bool itdma = true) =>
        new PayloadBuilder()
            .Field(9, 6).Field(0, 2).Field(111_232_511, 30).Field(altitude, 12).Field(speed, 10).Flag(false)
            .Field(lon, 28).Field(lat, 27).Field(course, 12).Field(second, 6)
            .Flag(barometric).Field(5, 7).Flag(true).Field(0, 3).Flag(true).Flag(false).Flag(itdma).Field(33_392, 19);

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = Decode.One<SarAircraftPositionReport>(Build());

        Assert.Equal(9, m.MessageType);
        Assert.Equal(111_232_511, m.Mmsi);
        Assert.Equal(303, m.AltitudeMetres);
        Assert.Equal(42, m.SpeedOverGroundKnots);
        Assert.False(m.PositionAccuracyHigh);
        Assert.Equal(-6.2788433, m.LongitudeDegrees!.Value, 7);
        Assert.Equal(58.144, m.LatitudeDegrees!.Value, 7);
        Assert.Equal(154.5, m.CourseOverGroundDegrees);
        Assert.Equal(15, m.TimeStampSecond);
        Assert.True(m.AltitudeBarometric);
        Assert.Equal(5, m.Spare1);
        Assert.True(m.DteNotReady);
        Assert.True(m.AssignedMode);
        Assert.False(m.Raim);
        Assert.True(m.CommunicationStateItdma);
        Assert.Equal(33_392, m.RadioStatus);
    }

    [Fact]
    public void TypedValues_NotAvailable_AreNull()
    {
        var m = Decode.One<SarAircraftPositionReport>(Build(
            altitude: 4095, speed: 1023, lon: AisFields.LongitudeNotAvailable, lat: AisFields.LatitudeNotAvailable,
            course: 3600, second: 60));

        Assert.Null(m.AltitudeMetres);
        Assert.Null(m.SpeedOverGroundKnots);
        Assert.Null(m.LongitudeDegrees);
        Assert.Null(m.LatitudeDegrees);
        Assert.Null(m.CourseOverGroundDegrees);
        Assert.Null(m.TimeStampSecond);
    }

    [Fact]
    public void TypedValues_Ceilings_AreKept()
    {
        var m = Decode.One<SarAircraftPositionReport>(Build(altitude: 4094, speed: 1022));

        Assert.Equal(4094, m.AltitudeMetres);
        Assert.Equal(1022, m.SpeedOverGroundKnots);
    }

    [Fact]
    public void TryRead_ShortPayload_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(167)));

    [Fact]
    public void GpsdJson_OlderLayoutForRegionalAndRadio()
    {
        var m = Decode.One<SarAircraftPositionReport>(Build());

        // regional = sensor flag and 7 spare bits (128 + 5); radio = selector flag and 19 bits (524288 + 33392).
        Assert.Equal(
            """{"class":"AIS","type":9,"repeat":0,"mmsi":111232511,"scaled":true,"alt":303,"speed":42,"accuracy":false,"lon":-6.278843,"lat":58.144000,"course":154.5,"second":15,"regional":133,"dte":1,"raim":false,"radio":557680}""",
            MessageRead.Json(m));
        Assert.Contains("\"lon\":-6.2788433,\"lat\":58.1440000,", MessageRead.Json(m, dialect: GpsdDialect.Gpsd2026), StringComparison.Ordinal);
        Assert.Contains("\"alt\":303,\"speed\":42,\"accuracy\":false,\"lon\":-3767306,\"lat\":34886400,\"course\":1545,", MessageRead.Json(m, scaled: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4095, 1023, "\"alt\":\"nan\",\"speed\":\"nan\"")]
    [InlineData(4094, 1022, "\"alt\":\"high\",\"speed\":\"fast\"")]
    public void GpsdJson_Scaled_SpecialValuesAsText(int altitude, int speed, string expected) =>
        Assert.Contains(expected, MessageRead.Json(Decode.One<SarAircraftPositionReport>(Build(altitude: altitude, speed: speed))), StringComparison.Ordinal);
}
