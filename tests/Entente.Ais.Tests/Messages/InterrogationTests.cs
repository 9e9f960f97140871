using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class InterrogationTests
{
    // ITU-R M.1371-5 message 15 layout, all three requests (160 bits).
    private static PayloadBuilder Build() =>
        new PayloadBuilder()
            .Field(15, 6).Field(0, 2).Field(211_439_370, 30).Field(0, 2)
            .Field(211_507_560, 30).Field(5, 6).Field(0, 12).Field(1, 2)
            .Field(24, 6).Field(663, 12).Field(2, 2)
            .Field(605_843_451, 30).Field(32, 6).Field(560, 12).Field(3, 2);

    [Fact]
    public void TryRead_TwoStations_ReadsEveryField()
    {
        var m = Decode.One<Interrogation>(Build());

        Assert.Equal(15, m.MessageType);
        Assert.Equal(211_439_370, m.Mmsi);
        Assert.Equal(160, m.PayloadBits);
        Assert.Equal(211_507_560, m.FirstStationMmsi);
        Assert.Equal((5, 0), (m.FirstStationFirstMessageType, m.FirstStationFirstSlotOffset));
        Assert.Equal((24, 663), (m.FirstStationSecondMessageType, m.FirstStationSecondSlotOffset));
        Assert.Equal(605_843_451, m.SecondStationMmsi);
        Assert.Equal((32, 560), (m.SecondStationMessageType, m.SecondStationSlotOffset));
        Assert.Equal((1, 2, 3), (m.Spare2, m.Spare3, m.Spare4));
        Assert.True(m.HasFirstStationSecondRequest);
        Assert.True(m.HasSecondStation);
    }

    [Fact]
    public void TryRead_OneRequest_LaterSlotsZero()
    {
        var m = MessageRead.As<Interrogation>(Build().Sized(88));

        Assert.Equal(5, m.FirstStationFirstMessageType);
        Assert.False(m.HasFirstStationSecondRequest);
        Assert.False(m.HasSecondStation);
        Assert.Equal((0, 0, 0), (m.FirstStationSecondMessageType, m.SecondStationMmsi, m.SecondStationMessageType));
    }

    [Theory]
    [InlineData(110)]
    [InlineData(112)]
    public void TryRead_TwoRequestsToOneStation_HasSecondRequestOnly(int bits)
    {
        var m = MessageRead.As<Interrogation>(Build().Sized(bits));

        Assert.True(m.HasFirstStationSecondRequest);
        Assert.False(m.HasSecondStation);
        Assert.Equal(24, m.FirstStationSecondMessageType);
    }

    [Fact]
    public void TryRead_ShortPayload_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(87)));

    [Fact]
    public void TryRead_LongPayload_IsBadLength() =>
        Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build().Sized(169)));

    [Fact]
    public void GpsdJson_EverySlot() =>
        Assert.Equal(
            """{"class":"AIS","type":15,"repeat":0,"mmsi":211439370,"scaled":true,"mmsi1":211507560,"type1_1":5,"offset1_1":0,"type1_2":0,"offset1_2":0,"mmsi2":0,"type2_1":0,"offset2_1":0}""",
            MessageRead.Json(MessageRead.As<Interrogation>(Build().Sized(88))));
}
