using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class DgnssBroadcastTests
{
    // ITU-R M.1371-5 message 17: spare 2, longitude 18, latitude 17 (1/10 minute), spare 5, then the correction data.
    private static PayloadBuilder Build(int longitude = 17478, int latitude = -26818) => new PayloadBuilder()
        .Field(17, 6).Field(0, 2).Field(2_734_450, 30).Field(0, 2).Field(longitude, 18).Field(latitude, 17).Field(0, 5)
        .Field(0x7c05, 16).Field(5, 3);

    [Fact]
    public void TryRead_ReadsPositionAndData()
    {
        var m = MessageRead.As<DgnssBroadcast>(Build());

        Assert.Equal(17, m.MessageType);
        Assert.Equal(2_734_450, m.Mmsi);
        Assert.Equal(17478, m.LongitudeTenthsMinute);
        Assert.Equal(-26818, m.LatitudeTenthsMinute);
        Assert.Equal(29.13, m.LongitudeDegrees!.Value, 9);
        Assert.Equal(-44.696667, m.LatitudeDegrees!.Value, 6);
        Assert.Equal(19, m.Data.BitLength);
        Assert.Equal("19:7c05a0", m.Data.ToString());
    }

    [Fact]
    public void TryRead_NotAvailablePosition_IsNull()
    {
        var m = MessageRead.As<DgnssBroadcast>(Build(181 * 600, 91 * 600));

        Assert.Null(m.LongitudeDegrees);
        Assert.Null(m.LatitudeDegrees);
    }

    [Fact]
    public void TryRead_HeaderOnly_HasNoData() =>
        Assert.Equal(0, MessageRead.As<DgnssBroadcast>(Build().Sized(80)).Data.BitLength);

    [Fact]
    public void TryRead_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(79)));

    [Fact]
    public void TryRead_Long_IsBadLength() => Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build().Sized(817)));

    [Fact]
    public void GpsdJson_MatchesGpsdecode()
    {
        var m = MessageRead.As<DgnssBroadcast>(Build());

        Assert.Equal(
            """{"class":"AIS","type":17,"repeat":0,"mmsi":2734450,"scaled":true,"lon":29.1,"lat":-44.7,"data":"19:7c05a0"}""",
            MessageRead.Json(m));
        Assert.Equal(
            """{"class":"AIS","type":17,"repeat":0,"mmsi":2734450,"scaled":false,"lon":17478,"lat":-26818,"data":"19:7c05a0"}""",
            MessageRead.Json(m, scaled: false));
    }
}
