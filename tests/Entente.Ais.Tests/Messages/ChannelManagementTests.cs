using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class ChannelManagementTests
{
    // ITU-R M.1371-5 message 22, broadcast form: the area's corners in 1/10 minute.
    private static PayloadBuilder Broadcast(int neLongitude = -44_100) => new PayloadBuilder()
        .Field(22, 6).Field(0, 2).Field(3_160_048, 30).Field(0, 2).Field(2087, 12).Field(2088, 12).Field(0, 4).Flag(false)
        .Field(neLongitude, 18).Field(27_330, 17).Field(-48_100, 18).Field(25_400, 17)
        .Flag(false).Flag(false).Flag(false).Field(4, 3).Field(0, 23);

    // The addressed form: two destination MMSIs, each followed by 5 spare bits.
    private static PayloadBuilder Addressed() => new PayloadBuilder()
        .Field(22, 6).Field(1, 2).Field(17_419_965, 30).Field(0, 2).Field(3584, 12).Field(8, 12).Field(1, 4).Flag(true)
        .Field(28_144_881, 30).Field(0, 5).Field(268_435_519, 30).Field(0, 5)
        .Flag(true).Flag(true).Flag(false).Field(4, 3).Field(0, 23);

    [Fact]
    public void TryRead_Broadcast_ReadsTheArea()
    {
        var m = MessageRead.As<ChannelManagement>(Broadcast());

        Assert.Equal((2087, 2088, 0), (m.ChannelA, m.ChannelB, m.TxRxMode));
        Assert.False(m.PowerLow);
        Assert.False(m.IsAddressed);
        Assert.Equal(-73.5, m.NorthEastLongitudeDegrees!.Value, 9);
        Assert.Equal(45.55, m.NorthEastLatitudeDegrees!.Value, 9);
        Assert.Equal(-80.1666667, m.SouthWestLongitudeDegrees!.Value, 7);
        Assert.Equal(42.3333333, m.SouthWestLatitudeDegrees!.Value, 7);
        Assert.Equal(4, m.TransitionalZoneSizeRaw);
        Assert.Equal(5, m.TransitionalZoneNauticalMiles);
    }

    [Fact]
    public void TryRead_Addressed_ReadsTheDestinations()
    {
        var m = MessageRead.As<ChannelManagement>(Addressed());

        Assert.True(m.IsAddressed);
        Assert.True(m.PowerLow);
        Assert.Equal((28_144_881, 268_435_519), (m.DestinationMmsi1, m.DestinationMmsi2));
        Assert.Null(m.NorthEastLongitudeDegrees);
        Assert.Null(m.SouthWestLatitudeDegrees);
        Assert.True(m.ChannelABandwidthFlag);
        Assert.False(m.ChannelBBandwidthFlag);
    }

    [Fact]
    public void TryRead_CornerNotAvailable_IsNull() =>
        Assert.Null(MessageRead.As<ChannelManagement>(Broadcast(181 * 600)).NorthEastLongitudeDegrees);

    [Fact]
    public void TryRead_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Broadcast().Sized(167)));

    [Fact]
    public void GpsdJson_BroadcastCornersAreQuoted() => Assert.Equal(
        """{"class":"AIS","type":22,"repeat":0,"mmsi":3160048,"scaled":true,"channel_a":2087,"channel_b":2088,"txrx":0,"power":false,"ne_lon":"-73.500000","ne_lat":"45.550000","sw_lon":"-80.166667","sw_lat":"42.333333","addressed":false,"band_a":false,"band_b":false,"zonesize":4}""",
        MessageRead.Json(MessageRead.As<ChannelManagement>(Broadcast())));

    [Fact]
    public void GpsdJson_AddressedHasDestinations() => Assert.Equal(
        """{"class":"AIS","type":22,"repeat":1,"mmsi":17419965,"scaled":true,"channel_a":3584,"channel_b":8,"txrx":1,"power":true,"dest1":28144881,"dest2":268435519,"addressed":true,"band_a":true,"band_b":false,"zonesize":4}""",
        MessageRead.Json(MessageRead.As<ChannelManagement>(Addressed())));
}
