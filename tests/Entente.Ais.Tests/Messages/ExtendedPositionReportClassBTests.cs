using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class ExtendedPositionReportClassBTests
{
    // ITU-R M.1371-5 message 19, field by field.
    private static PayloadBuilder Build(string name = "CAPT.J.RIMES", int shipType = 70, int epfd = 1) => new PayloadBuilder()
        .Field(19, 6).Field(0, 2).Field(367_059_850, 30).Field(248, 8).Field(87, 10).Flag(false)
        .Field(-53_286_235, 28).Field(17_726_217, 27).Field(3359, 12).Field(511, 9).Field(46, 6).Field(4, 4)
        .Text(name, 20).Field(shipType, 8).Field(5, 9).Field(21, 9).Field(4, 6).Field(4, 6).Field(epfd, 4)
        .Flag(false).Flag(true).Flag(false).Field(0, 4);

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = MessageRead.As<ExtendedPositionReportClassB>(Build());

        Assert.Equal((19, 367_059_850), (m.MessageType, m.Mmsi));
        Assert.Equal(248, m.RegionalReserved);
        Assert.Equal(8.7, m.SpeedOverGroundKnots);
        Assert.Equal(-88.8103917, m.LongitudeDegrees!.Value, 7);
        Assert.Equal(29.543695, m.LatitudeDegrees!.Value, 7);
        Assert.Equal(335.9, m.CourseOverGroundDegrees!.Value, 9);
        Assert.Equal(46, m.TimeStampSecond);
        Assert.Equal(4, m.RegionalReservedAfterTimeStamp);
        Assert.Equal("CAPT.J.RIMES", m.Name);
        Assert.Equal(ShipType.Cargo, m.ShipType);
        Assert.Equal((5, 21, 4, 4), (m.ToBowMetres, m.ToSternMetres, m.ToPortMetres, m.ToStarboardMetres));
        Assert.Equal(EpfdType.Gps, m.Epfd);
        Assert.False(m.Raim);
        Assert.True(m.DataTerminalNotReady);
        Assert.False(m.IsAssignedMode);
    }

    [Fact]
    public void TryRead_NameEndsAtFirstAt()
    {
        var builder = new PayloadBuilder().Field(19, 6).Field(0, 2).Field(1, 30).Field(0, 105).Text("AB@CD", 20).Field(0, 49);

        Assert.Equal("AB", MessageRead.As<ExtendedPositionReportClassB>(builder).Name);
    }

    [Fact]
    public void TryRead_UnnamedCodes_KeepTheirNumbers()
    {
        var m = MessageRead.As<ExtendedPositionReportClassB>(Build(shipType: 255, epfd: 12));

        Assert.Equal(255, (int)m.ShipType);
        Assert.Equal(12, (int)m.Epfd);
    }

    [Fact]
    public void TryRead_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(311)));

    [Fact]
    public void GpsdJson_MatchesGpsdecode() => Assert.Equal(
        """{"class":"AIS","type":19,"repeat":0,"mmsi":367059850,"scaled":true,"reserved":248,"speed":8.7,"accuracy":false,"lon":-88.810392,"lat":29.543695,"course":335.9,"heading":511,"second":46,"regional":4,"shipname":"CAPT.J.RIMES","shiptype":70,"shiptype_text":"Cargo - all ships of this type","to_bow":5,"to_stern":21,"to_port":4,"to_starboard":4,"epfd":1,"epfd_text":"GPS","raim":false,"dte":1,"assigned":false}""",
        MessageRead.Json(MessageRead.As<ExtendedPositionReportClassB>(Build())));
}
