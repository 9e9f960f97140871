using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class SlotBinaryMessageTests
{
    // ITU-R M.1371-5 messages 25 and 26: destination indicator, binary data flag, optional destination (30) and
    // application identifier (16), the data, and for message 26 the 20-bit radio status.
    private static PayloadBuilder Build(int type, bool addressed, bool structured, int dataBits, int? radio = null)
    {
        var builder = new PayloadBuilder().Field(type, 6).Field(1, 2).Field(5, 30).Flag(addressed).Flag(structured);
        if (addressed)
        {
            builder.Field(7, 30);
        }

        if (structured)
        {
            builder.Field((235 << 6) | 10, 16);
        }

        for (var i = 0; i < dataBits; i++)
        {
            builder.Field(i % 3 == 0 ? 1 : 0, 1);
        }

        return radio is { } r ? builder.Field(r, 20) : builder;
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void SingleSlot_ReadsTheHeaderItHas(bool addressed, bool structured)
    {
        var m = MessageRead.As<SingleSlotBinaryMessage>(Build(25, addressed, structured, 12));

        Assert.Equal((25, 1, 5), (m.MessageType, m.RepeatIndicator, m.Mmsi));
        Assert.Equal((addressed, structured), (m.IsAddressed, m.IsStructured));
        Assert.Equal(addressed ? 7 : 0, m.DestinationMmsi);
        Assert.Equal(structured ? 235 : null, m.DesignatedAreaCode);
        Assert.Equal(structured ? 10 : null, m.FunctionIdentifier);
        Assert.Equal("12:9240", m.Data.ToString());
    }

    [Theory]
    [InlineData(false, false, 39)]
    [InlineData(true, true, 85)]
    public void SingleSlot_ShorterThanItsHeader_IsTooShort(bool addressed, bool structured, int bits) =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build(25, addressed, structured, 0).Sized(bits)));

    [Fact]
    public void SingleSlot_Long_IsBadLength() => Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build(25, false, false, 129)));

    [Fact]
    public void MultipleSlot_ReadsTheRadioStatusAtTheEnd()
    {
        var m = MessageRead.As<MultipleSlotBinaryMessage>(Build(26, true, true, 12, 0x80001));

        Assert.Equal((7, 235, 10), (m.DestinationMmsi, m.DesignatedAreaCode, m.FunctionIdentifier));
        Assert.Equal("12:9240", m.Data.ToString());
        Assert.Equal(0x80001, m.RadioStatus);
        Assert.True(m.CommunicationStateIsItdma);
        Assert.Equal(1, m.CommunicationState);
        Assert.Equal(118, m.BitLength);
    }

    [Fact]
    public void MultipleSlot_WithoutRoomForTheRadioStatus_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build(26, true, true, 0).Sized(105)));

    [Fact]
    public void MultipleSlot_OverFiveSlots_IsBadLength() =>
        Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build(26, false, false, 1005, 0)));

    [Fact]
    public void GpsdJson_SingleSlot()
    {
        var m = MessageRead.As<SingleSlotBinaryMessage>(Build(25, true, false, 9));

        Assert.Equal(
            """{"class":"AIS","type":25,"repeat":1,"mmsi":5,"scaled":true,"addressed":true,"structured":false,"dest_mmsi":7,"app_id":0,"data":"9:9200"}""",
            MessageRead.Json(m));
    }

    [Fact]
    public void GpsdJson_MultipleSlot_RadioIsZeroAndDataCarriesFollowingBits()
    {
        // gpsd 3.22 writes "data":"12:abc8","radio":0 for data 0xabc and radio status 0x80001.
        var builder = new PayloadBuilder().Field(26, 6).Field(1, 2).Field(5, 30).Flag(true).Flag(true)
            .Field(7, 30).Field(0x1234, 16).Field(0xabc, 12).Field(0x80001, 20);

        Assert.Equal(
            """{"class":"AIS","type":26,"repeat":1,"mmsi":5,"scaled":true,"addressed":true,"structured":true,"dest_mmsi":7,"app_id":4660,"data":"12:abc8","radio":0}""",
            MessageRead.Json(MessageRead.As<MultipleSlotBinaryMessage>(builder)));
    }

    [Fact]
    public void GpsdJson_MultipleSlotLongerThanGpsdReads_IsNotWritten()
    {
        var m = MessageRead.As<MultipleSlotBinaryMessage>(Build(26, false, false, 945, 0));

        Assert.Equal(1005, m.BitLength);
        Assert.Equal(GpsdWriteResult.Error, new GpsdJsonWriter().Write(m));
    }
}
