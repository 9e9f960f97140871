using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

/// <summary>Messages 6 and 8 built from the ITU-R M.1371-5 layouts: the header, the raw data and the length limits.</summary>
public sealed class BinaryMessageTests
{
    internal static PayloadBuilder Addressed(int dac, int fi, int sequence = 2, long destination = 235_012_345, bool retransmit = true) =>
        new PayloadBuilder()
            .Field(6, 6).Field(1, 2).Field(2_320_807, 30)
            .Field(sequence, 2).Field(destination, 30).Flag(retransmit).Field(0, 1)
            .Field(dac, 10).Field(fi, 6);

    internal static PayloadBuilder Broadcast(int dac, int fi) =>
        new PayloadBuilder().Field(8, 6).Field(3, 2).Field(2_320_807, 30).Field(0, 2).Field(dac, 10).Field(fi, 6);

    [Fact]
    public void Addressed_ReadsHeaderAndKeepsUnknownApplicationRaw()
    {
        var m = Decode.One<AddressedBinaryMessage>(Addressed(669, 11).Field(0xABCD, 16).Field(0b101, 3));

        Assert.Equal(6, m.MessageType);
        Assert.Equal(1, m.RepeatIndicator);
        Assert.Equal(2_320_807, m.Mmsi);
        Assert.Equal(2, m.SequenceNumber);
        Assert.Equal(235_012_345, m.DestinationMmsi);
        Assert.True(m.Retransmitted);
        Assert.Equal(669, m.DesignatedAreaCode);
        Assert.Equal(11, m.FunctionalId);
        Assert.Null(m.Application);
        Assert.Equal(19, m.Data.BitLength);
        Assert.Equal("19:abcda0", m.Data.ToString());
    }

    [Fact]
    public void Addressed_WithNoData_HasEmptyData()
    {
        var m = Decode.One<AddressedBinaryMessage>(Addressed(1, 40));

        Assert.Equal(0, m.Data.BitLength);
        Assert.Equal("0:", m.Data.ToString());
        Assert.Null(m.Application);
    }

    [Fact]
    public void Broadcast_ReadsHeaderAndKeepsUnknownApplicationRaw()
    {
        var m = Decode.One<BroadcastBinaryMessage>(Broadcast(366, 56).Field(0x3A53, 16));

        Assert.Equal(8, m.MessageType);
        Assert.Equal(3, m.RepeatIndicator);
        Assert.Equal(2_320_807, m.Mmsi);
        Assert.Equal(366, m.DesignatedAreaCode);
        Assert.Equal(56, m.FunctionalId);
        Assert.Null(m.Application);
        Assert.Equal("16:3a53", m.Data.ToString());
    }

    [Theory]
    [InlineData(87)]
    [InlineData(40)]
    public void Addressed_TooShort_IsAnError(int bits)
    {
        var builder = new PayloadBuilder().Field(6, 6).Field(0, bits - 6);
        Assert.Equal(AisErrorKind.MessageTooShort, DecodeError(builder));
    }

    [Fact]
    public void Broadcast_TooShort_IsAnError()
    {
        var builder = new PayloadBuilder().Field(8, 6).Field(0, 49);
        Assert.Equal(AisErrorKind.MessageTooShort, DecodeError(builder));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    public void LongerThanFiveSlots_IsAnError(int type)
    {
        var builder = (type == 6 ? Addressed(1, 40) : Broadcast(1, 16)).Field(0, 1009 - (type == 6 ? 88 : 56));
        Assert.Equal(AisErrorKind.BadMessageLength, DecodeError(builder));
    }

    [Theory]
    [InlineData(6, 1008)]
    [InlineData(8, 1008)]
    [InlineData(6, 88)]
    [InlineData(8, 56)]
    public void LengthLimits_AreAccepted(int type, int bits)
    {
        var header = type == 6 ? 88 : 56;
        var builder = (type == 6 ? Addressed(999, 1) : Broadcast(999, 1)).Field(0, bits - header);
        var result = new AisDecoder().Decode(builder.Sentence());
        Assert.Equal(AisErrorKind.None, result.Error);
        Assert.NotNull(result.Message);
    }

    [Fact]
    public void RecordEquality_ComparesDataAndApplication()
    {
        var a = Decode.One<AddressedBinaryMessage>(Addressed(1, 30).Field(7, 10).Text("HELLO", 5));
        var b = Decode.One<AddressedBinaryMessage>(Addressed(1, 30).Field(7, 10).Text("HELLO", 5));
        var c = Decode.One<AddressedBinaryMessage>(Addressed(1, 30).Field(7, 10).Text("HELLP", 5));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    private static AisErrorKind DecodeError(PayloadBuilder builder)
    {
        var result = new AisDecoder().Decode(builder.Sentence());
        Assert.Null(result.Message);
        return result.Error;
    }
}
