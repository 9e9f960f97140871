using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class AddressedSafetyMessageTests
{
    // ITU-R M.1371-5 message 12 layout: header, then up to 156 six-bit characters.
    private static PayloadBuilder Build(string text, int characters = -1) =>
        new PayloadBuilder()
            .Field(12, 6).Field(1, 2).Field(237_032_000, 30).Field(3, 2).Field(2_391_100, 30).Flag(true).Field(0, 1)
            .Text(text, characters < 0 ? text.Length : characters);

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = Decode.One<AddressedSafetyMessage>(Build("EP 531 CARS 80 TRACKS 103"));

        Assert.Equal(12, m.MessageType);
        Assert.Equal(1, m.RepeatIndicator);
        Assert.Equal(237_032_000, m.Mmsi);
        Assert.Equal(3, m.SequenceNumber);
        Assert.Equal(2_391_100, m.DestinationMmsi);
        Assert.True(m.Retransmitted);
        Assert.Equal("EP 531 CARS 80 TRACKS 103", m.Text);
    }

    [Fact]
    public void Text_EndsAtFirstAtSign_AndLosesTrailingSpaces()
    {
        Assert.Equal("HELLO", Decode.One<AddressedSafetyMessage>(Build("HELLO@WORLD")).Text);
        Assert.Equal("  HI", Decode.One<AddressedSafetyMessage>(Build("  HI  ")).Text);
    }

    [Fact]
    public void Text_NoCharacters_IsEmpty() =>
        Assert.Equal(string.Empty, MessageRead.As<AddressedSafetyMessage>(Build(string.Empty)).Text);

    [Fact]
    public void Text_PartialLastCharacter_IsIgnored() =>
        Assert.Equal("AB", MessageRead.As<AddressedSafetyMessage>(Build("ABC").Sized(72 + 12 + 5)).Text);

    [Fact]
    public void TryRead_LongestText_ReadsAll() =>
        Assert.Equal(new string('X', 156), MessageRead.As<AddressedSafetyMessage>(Build(new string('X', 156))).Text);

    [Fact]
    public void TryRead_ShortPayload_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build(string.Empty).Sized(71)));

    [Fact]
    public void TryRead_LongPayload_IsBadLength() =>
        Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build(new string('X', 156)).Field(0, 1)));

    [Fact]
    public void GpsdJson_EscapesText() =>
        Assert.Equal(
            """{"class":"AIS","type":12,"repeat":1,"mmsi":237032000,"scaled":true,"seqno":3,"dest_mmsi":2391100,"retransmit":true,"text":"SAY \"HI\\"}""",
            MessageRead.Json(Decode.One<AddressedSafetyMessage>(Build("SAY \"HI\\"))));
}
