using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class AidToNavigationReportTests
{
    // ITU-R M.1371-5 message 21, field by field, then the name extension.
    private static PayloadBuilder Build(string name = "CHINA ROSE MURPHY EX", string extension = "PRESS ALERT", int second = 50)
    {
        var builder = new PayloadBuilder()
            .Field(21, 6).Field(0, 2).Field(123_456_789, 30).Field(20, 5).Text(name, 20).Flag(false)
            .Field(-73_619_155, 28).Field(28_752_371, 27).Field(5, 9).Field(5, 9).Field(5, 6).Field(5, 6).Field(1, 4)
            .Field(second, 6).Flag(true).Field(165, 8).Flag(false).Flag(true).Flag(false).Field(0, 1)
            .Text(extension, extension.Length);
        return builder.Field(0, (8 - (builder.BitLength % 8)) % 8);
    }

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = MessageRead.As<AidToNavigationReport>(Build());

        Assert.Equal((21, 123_456_789), (m.MessageType, m.Mmsi));
        Assert.Equal(AidToNavigationType.CardinalMarkNorth, m.AidType);
        Assert.Equal("CHINA ROSE MURPHY EXPRESS ALERT", m.Name);
        Assert.Equal("PRESS ALERT", m.NameExtension);
        Assert.False(m.PositionAccuracyHigh);
        Assert.Equal(-122.6985917, m.LongitudeDegrees!.Value, 7);
        Assert.Equal(47.9206183, m.LatitudeDegrees!.Value, 7);
        Assert.Equal((5, 5, 5, 5), (m.ToBowMetres, m.ToSternMetres, m.ToPortMetres, m.ToStarboardMetres));
        Assert.Equal(EpfdType.Gps, m.Epfd);
        Assert.Equal(50, m.TimeStampSecond);
        Assert.True(m.OffPositionFlag);
        Assert.True(m.IsOffPosition);
        Assert.Equal(165, m.RegionalReserved);
        Assert.False(m.Raim);
        Assert.True(m.IsVirtual);
        Assert.False(m.IsAssignedMode);
    }

    [Fact]
    public void TryRead_NameNotFull_IgnoresTheExtension()
    {
        var m = MessageRead.As<AidToNavigationReport>(Build("SHORT NAME", "XYZ"));

        Assert.Equal("SHORT NAME", m.Name);
        Assert.Equal("XYZ", m.NameExtension);
    }

    [Fact]
    public void TryRead_NoExtension_IsTheNameAlone()
    {
        var m = MessageRead.As<AidToNavigationReport>(Build("ABCDEFGHIJKLMNOPQRST", string.Empty));

        Assert.Equal("ABCDEFGHIJKLMNOPQRST", m.Name);
        Assert.Equal(string.Empty, m.NameExtension);
    }

    [Fact]
    public void TryRead_TimeStampNotAvailable_OffPositionIsUnknown()
    {
        var m = MessageRead.As<AidToNavigationReport>(Build(second: 60));

        Assert.Null(m.TimeStampSecond);
        Assert.Null(m.IsOffPosition);
    }

    [Fact]
    public void TryRead_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(271)));

    [Fact]
    public void TryRead_Long_IsBadLength() => Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build().Sized(369)));

    [Fact]
    public void GpsdJson_AccuracyMovesWithScaling()
    {
        var m = MessageRead.As<AidToNavigationReport>(Build());

        Assert.Equal(
            """{"class":"AIS","type":21,"repeat":0,"mmsi":123456789,"scaled":true,"aid_type":20,"aid_type_text":"Cardinal Mark N","name":"CHINA ROSE MURPHY EXPRESS ALERT","lon":-122.698592,"lat":47.920618,"accuracy":false,"to_bow":5,"to_stern":5,"to_port":5,"to_starboard":5,"epfd":1,"epfd_text":"GPS","second":50,"regional":165,"off_position":true,"raim":false,"virtual_aid":true}""",
            MessageRead.Json(m));
        Assert.Equal(
            """{"class":"AIS","type":21,"repeat":0,"mmsi":123456789,"scaled":false,"aid_type":20,"aid_type_text":"Cardinal Mark N","name":"CHINA ROSE MURPHY EXPRESS ALERT","accuracy":false,"lon":-73619155,"lat":28752371,"to_bow":5,"to_stern":5,"to_port":5,"to_starboard":5,"epfd":1,"epfd_text":"GPS","second":50,"regional":165,"off_position":true,"raim":false,"virtual_aid":true}""",
            MessageRead.Json(m, scaled: false));
    }
}
