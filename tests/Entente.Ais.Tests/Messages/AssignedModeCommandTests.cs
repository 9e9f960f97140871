using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class AssignedModeCommandTests
{
    // ITU-R M.1371-5 message 16 layout for two stations (144 bits).
    private static PayloadBuilder Build() =>
        new PayloadBuilder()
            .Field(16, 6).Field(0, 2).Field(439_952_844, 30).Field(1, 2)
            .Field(315_920, 30).Field(2049, 12).Field(681, 10)
            .Field(230_137_673, 30).Field(424, 12).Field(419, 10);

    [Fact]
    public void TryRead_TwoStations_ReadsEveryField()
    {
        var m = Decode.One<AssignedModeCommand>(Build());

        Assert.Equal(16, m.MessageType);
        Assert.Equal(439_952_844, m.Mmsi);
        Assert.Equal(1, m.Spare);
        Assert.True(m.HasStationB);
        Assert.Equal((315_920, 2049, 681), (m.DestinationMmsiA, m.OffsetA, m.IncrementA));
        Assert.Equal((230_137_673, 424, 419), (m.DestinationMmsiB, m.OffsetB, m.IncrementB));
    }

    [Theory]
    [InlineData(96)]
    [InlineData(143)]
    public void TryRead_OneStation_StationBIsZero(int bits)
    {
        var m = MessageRead.As<AssignedModeCommand>(Build().Sized(bits));

        Assert.False(m.HasStationB);
        Assert.Equal(315_920, m.DestinationMmsiA);
        Assert.Equal((0, 0, 0), (m.DestinationMmsiB, m.OffsetB, m.IncrementB));
    }

    [Fact]
    public void TryRead_ShortPayload_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(95)));

    [Fact]
    public void TryRead_LongPayload_IsBadLength() =>
        Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build().Sized(169)));

    [Fact]
    public void GpsdJson_BothStations() =>
        Assert.Equal(
            """{"class":"AIS","type":16,"repeat":0,"mmsi":439952844,"scaled":true,"mmsi1":315920,"offset1":2049,"increment1":681,"mmsi2":230137673,"offset2":424,"increment2":419}""",
            MessageRead.Json(Decode.One<AssignedModeCommand>(Build())));
}
