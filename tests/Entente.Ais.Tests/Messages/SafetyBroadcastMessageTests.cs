using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class SafetyBroadcastMessageTests
{
    // ITU-R M.1371-5 message 14 layout: header, then up to 161 six-bit characters.
    private static PayloadBuilder Build(string text) =>
        new PayloadBuilder().Field(14, 6).Field(0, 2).Field(351_809_000, 30).Field(2, 2).Text(text, text.Length);

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = Decode.One<SafetyBroadcastMessage>(Build("RCVD YR TEST MSG"));

        Assert.Equal(14, m.MessageType);
        Assert.Equal(351_809_000, m.Mmsi);
        Assert.Equal(2, m.Spare);
        Assert.Equal("RCVD YR TEST MSG", m.Text);
    }

    [Fact]
    public void Text_EndsAtFirstAtSign() =>
        Assert.Equal("MAYDAY", Decode.One<SafetyBroadcastMessage>(Build("MAYDAY @?!")).Text);

    [Fact]
    public void TryRead_NoText_IsEmpty() =>
        Assert.Equal(string.Empty, MessageRead.As<SafetyBroadcastMessage>(Build(string.Empty)).Text);

    [Fact]
    public void TryRead_1008Bits_Reads161Characters() =>
        Assert.Equal(new string('Y', 161), MessageRead.As<SafetyBroadcastMessage>(Build(new string('Y', 161)).Field(0, 2)).Text);

    [Fact]
    public void TryRead_ShortPayload_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build(string.Empty).Sized(39)));

    [Fact]
    public void TryRead_LongPayload_IsBadLength() =>
        Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build(new string('Y', 161)).Field(0, 3)));

    [Fact]
    public void GpsdJson_TextOnly() =>
        Assert.Equal(
            """{"class":"AIS","type":14,"repeat":0,"mmsi":351809000,"scaled":true,"text":"TEST"}""",
            MessageRead.Json(Decode.One<SafetyBroadcastMessage>(Build("TEST"))));
}
