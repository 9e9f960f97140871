using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class StaticAndVoyageDataTests
{
    // ITU-R M.1371-5 message 5 layout, field by field (424 bits).
    private static PayloadBuilder Build(
        int imo = 9_134_270, string callSign = "3FOF8", string name = "EVER DIADEM", int shipType = 70,
        int bow = 225, int stern = 70, int port = 1, int starboard = 31, int epfd = 1,
        (int Month, int Day, int Hour, int Minute) eta = default, int draught = 122, string destination = "NEW YORK",
        bool dte = false) =>
        new PayloadBuilder()
            .Field(5, 6).Field(0, 2).Field(351_759_000, 30).Field(2, 2).Field(imo, 30)
            .Text(callSign, 7).Text(name, 20).Field(shipType, 8)
            .Field(bow, 9).Field(stern, 9).Field(port, 6).Field(starboard, 6).Field(epfd, 4)
            .Field(eta == default ? 5 : eta.Month, 4).Field(eta == default ? 15 : eta.Day, 5)
            .Field(eta == default ? 14 : eta.Hour, 5).Field(eta == default ? 0 : eta.Minute, 6)
            .Field(draught, 8).Text(destination, 20).Flag(dte).Field(0, 1);

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = Decode.One<StaticAndVoyageData>(Build());

        Assert.Equal(5, m.MessageType);
        Assert.Equal(351_759_000, m.Mmsi);
        Assert.Equal(2, m.AisVersion);
        Assert.Equal(9_134_270, m.ImoNumberRaw);
        Assert.Equal(9_134_270, m.ImoNumber);
        Assert.Equal("3FOF8", m.CallSign);
        Assert.Equal("EVER DIADEM", m.ShipName);
        Assert.Equal(ShipType.Cargo, m.ShipType);
        Assert.Equal((225, 70, 1, 31), (m.DimensionToBowMetres, m.DimensionToSternMetres, m.DimensionToPortMetres, m.DimensionToStarboardMetres));
        Assert.Equal(295, m.LengthMetres);
        Assert.Equal(32, m.BeamMetres);
        Assert.Equal(EpfdType.Gps, m.Epfd);
        Assert.Equal((5, 15, 14, 0), (m.EtaMonthRaw, m.EtaDayRaw, m.EtaHourRaw, m.EtaMinuteRaw));
        Assert.Equal(new DateTime(2026, 5, 15, 14, 0, 0, DateTimeKind.Utc), m.EtaInYear(2026));
        Assert.Equal(122, m.DraughtDecimetres);
        Assert.Equal(12.2, m.DraughtMetres);
        Assert.Equal("NEW YORK", m.Destination);
        Assert.False(m.DteNotReady);
    }

    [Fact]
    public void TypedValues_NotAvailable_AreNull()
    {
        var m = Decode.One<StaticAndVoyageData>(Build(
            imo: 0, callSign: "", name: "", shipType: 0, bow: 0, stern: 0, port: 0, starboard: 0, epfd: 0,
            eta: (0, 0, 24, 60), draught: 0, destination: "", dte: true));

        Assert.Null(m.ImoNumber);
        Assert.Equal(string.Empty, m.CallSign);
        Assert.Equal(string.Empty, m.ShipName);
        Assert.Equal(ShipType.NotAvailable, m.ShipType);
        Assert.Null(m.LengthMetres);
        Assert.Null(m.BeamMetres);
        Assert.Null(m.EtaInYear(2026));
        Assert.Null(m.DraughtMetres);
        Assert.Equal(string.Empty, m.Destination);
        Assert.True(m.DteNotReady);
    }

    [Theory]
    [InlineData(999_999)]
    [InlineData(10_000_000)]
    public void ImoNumber_OutsideImoRange_IsNull(int raw) =>
        Assert.Null(Decode.One<StaticAndVoyageData>(Build(imo: raw)).ImoNumber);

    [Fact]
    public void EtaInYear_DayNotInThatYear_IsNull()
    {
        var m = Decode.One<StaticAndVoyageData>(Build(eta: (2, 29, 12, 0)));

        Assert.Null(m.EtaInYear(2026));
        Assert.Equal(new DateTime(2028, 2, 29, 12, 0, 0, DateTimeKind.Utc), m.EtaInYear(2028));
    }

    [Fact]
    public void Texts_EndAtFirstAtSign_AndLoseTrailingSpaces()
    {
        var m = Decode.One<StaticAndVoyageData>(Build(callSign: "AB@CD", name: "A B  @GARBAGE", destination: "  X  "));

        Assert.Equal("AB", m.CallSign);
        Assert.Equal("A B", m.ShipName);
        Assert.Equal("  X", m.Destination);
    }

    [Fact]
    public void TryRead_420Bits_MissingBitsReadAsZero()
    {
        // The last destination character loses its two low bits: 'U' (010101) becomes 'T' (010100).
        var m = MessageRead.As<StaticAndVoyageData>(Build(destination: "ABCDEFGHIJKLMNOPQRSU", dte: true).Sized(420));

        Assert.Equal("ABCDEFGHIJKLMNOPQRST", m.Destination);
        Assert.False(m.DteNotReady);
    }

    [Fact]
    public void TryRead_ShortPayload_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(419)));

    [Fact]
    public void GpsdJson_EscapesTextAndScalesDraught()
    {
        var m = Decode.One<StaticAndVoyageData>(Build(callSign: "A\"B\\C", shipType: 100, epfd: 14, eta: (0, 0, 24, 60)));

        Assert.Equal(
            """{"class":"AIS","type":5,"repeat":0,"mmsi":351759000,"scaled":true,"imo":9134270,"ais_version":2,"callsign":"A\"B\\C","shipname":"EVER DIADEM","shiptype":100,"shiptype_text":"INVALID SHIP TYPE","to_bow":225,"to_stern":70,"to_port":1,"to_starboard":31,"epfd":14,"epfd_text":"INVALID EPFD","eta":"00-00T24:60Z","draught":12.2,"destination":"NEW YORK","dte":0}""",
            MessageRead.Json(m));
        Assert.Contains("\"epfd\":14,\"epfd_text\":\"Reserved (14)\"", MessageRead.Json(m, dialect: GpsdDialect.Gpsd2026), StringComparison.Ordinal);
        Assert.Contains("\"draught\":122,", MessageRead.Json(m, scaled: false), StringComparison.Ordinal);
    }
}
