using System.Text;
using Entente.Ais.Decoding;
using Entente.Ais.Framing;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Framing;

public sealed class AisSentenceParserTests
{
    private const string Valid = "!AIVDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0*29";

    private static AisLineKind Parse(string line, out AisErrorKind error, out string payload, out int fill, out bool checksum)
    {
        var kind = AisSentenceParser.Parse(Encoding.ASCII.GetBytes(line), out var s, out error);
        payload = Encoding.ASCII.GetString(s.Payload);
        fill = s.FillBits;
        checksum = s.HasChecksum;
        return kind;
    }

    [Fact]
    public void ValidSentence_IsParsedWithItsFields()
    {
        var kind = AisSentenceParser.Parse(Encoding.ASCII.GetBytes(Valid), out var s, out var error);
        Assert.Equal(AisLineKind.Sentence, kind);
        Assert.Equal(AisErrorKind.None, error);
        Assert.Equal("AI", Encoding.ASCII.GetString(s.Talker));
        Assert.False(s.IsOwnShip);
        Assert.Equal(1, s.FragmentCount);
        Assert.Equal(1, s.FragmentNumber);
        Assert.Equal(-1, s.SequenceId);
        Assert.Equal((byte)'B', s.Channel);
        Assert.Equal("13aDp<PP000IwSlN?Wm@0?wN2<1T", Encoding.ASCII.GetString(s.Payload));
        Assert.Equal(0, s.FillBits);
        Assert.True(s.HasChecksum);
    }

    [Fact]
    public void WrongChecksum_IsAnError()
    {
        Assert.Equal(AisLineKind.Error, Parse(Valid.Replace("*29", "*28", StringComparison.Ordinal), out var error, out _, out _, out _));
        Assert.Equal(AisErrorKind.BadChecksum, error);
    }

    [Fact]
    public void MissingChecksum_IsAcceptedAndFlagged()
    {
        Assert.Equal(AisLineKind.Sentence, Parse(Valid[..^3], out _, out var payload, out _, out var checksum));
        Assert.False(checksum);
        Assert.Equal("13aDp<PP000IwSlN?Wm@0?wN2<1T", payload);
    }

    [Theory]
    [InlineData("AB")]
    [InlineData("AD")]
    [InlineData("AN")]
    [InlineData("AR")]
    [InlineData("AS")]
    [InlineData("AT")]
    [InlineData("AX")]
    [InlineData("BS")]
    [InlineData("SA")]
    [InlineData("B2")]
    [InlineData("BY")]
    [InlineData("SS")]
    [InlineData("--")]
    public void AnyTalker_IsAccepted(string talker)
    {
        var line = PayloadBuilder.WithChecksum(talker + "VDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0");
        var kind = AisSentenceParser.Parse(Encoding.ASCII.GetBytes(line), out var s, out _);
        Assert.Equal(AisLineKind.Sentence, kind);
        Assert.Equal(talker, Encoding.ASCII.GetString(s.Talker));
    }

    [Fact]
    public void Vdo_IsOwnShip()
    {
        var line = PayloadBuilder.WithChecksum("AIVDO,1,1,,,13aDp<PP000IwSlN?Wm@0?wN2<1T,0");
        Assert.Equal(AisLineKind.Sentence, AisSentenceParser.Parse(Encoding.ASCII.GetBytes(line), out var s, out _));
        Assert.True(s.IsOwnShip);
        Assert.Equal(0, s.Channel);
    }

    [Fact]
    public void UscgTrailer_AfterChecksum_IsIgnored()
    {
        var line = "!AIVDM,1,1,,A,15N1u<PP1FJuvSRHOE6QIwwh0HQ6,0*30,d-080,S2118,t050056.00,T56.4837741,r003669946,1325394060,1325394001";
        Assert.Equal(AisLineKind.Sentence, Parse(line, out _, out var payload, out _, out var checksum));
        Assert.True(checksum);
        Assert.Equal("15N1u<PP1FJuvSRHOE6QIwwh0HQ6", payload);
    }

    [Fact]
    public void TagBlock_IsParsed()
    {
        var line = "\\g:1-2-1278,s:66,c:1661782369*43\\!AIVDM,2,1,3,A,56=nR7D00003A<I@E=@TmDh637OS60mA:222220N1@6427?P00888888,0*66";
        Assert.Equal(AisLineKind.Sentence, AisSentenceParser.Parse(Encoding.ASCII.GetBytes(line), out var s, out _));
        Assert.False(s.TagBlockIgnored);
        Assert.Equal("66", Encoding.ASCII.GetString(s.TagBlock.Source));
        Assert.Equal(1_661_782_369_000L, s.TagBlock.UnixTimeMilliseconds);
        Assert.True(s.TagBlock.HasGroup);
        Assert.Equal(1, s.TagBlock.GroupSentenceNumber);
        Assert.Equal(2, s.TagBlock.GroupSentenceCount);
        Assert.Equal(1278, s.TagBlock.GroupId);
    }

    [Fact]
    public void TagBlock_UnknownFieldsAndColonsInValues_AreTolerated()
    {
        var content = "s:rMT2083,t:marine:traffic,x:1,c:1698785948";
        var line = $"\\{content}*{NmeaChecksum.Compute(Encoding.ASCII.GetBytes(content)):X2}\\{Valid}";
        Assert.Equal(AisLineKind.Sentence, AisSentenceParser.Parse(Encoding.ASCII.GetBytes(line), out var s, out _));
        Assert.Equal("rMT2083", Encoding.ASCII.GetString(s.TagBlock.Source));
        Assert.Equal(1_698_785_948_000L, s.TagBlock.UnixTimeMilliseconds);
    }

    [Fact]
    public void TagBlock_MillisecondTime_IsKept()
    {
        var line = "\\c:1698785948123\\" + Valid;
        Assert.Equal(AisLineKind.Sentence, AisSentenceParser.Parse(Encoding.ASCII.GetBytes(line), out var s, out _));
        Assert.Equal(1_698_785_948_123L, s.TagBlock.UnixTimeMilliseconds);
    }

    [Fact]
    public void TagBlock_WithWrongChecksum_IsIgnoredButTheSentenceIsKept()
    {
        var line = "\\s:66,c:1661782475*00\\" + Valid;
        Assert.Equal(AisLineKind.Sentence, AisSentenceParser.Parse(Encoding.ASCII.GetBytes(line), out var s, out _));
        Assert.True(s.TagBlockIgnored);
        Assert.Null(s.TagBlock.UnixTimeMilliseconds);
    }

    [Fact]
    public void TagBlock_WithAGroupPrependedAfterItsChecksum_IsKept()
    {
        // As the Norwegian Coastal Administration feed sends: the *53 is the checksum of "c:1565218798" alone.
        var line = "\\g:1-2-9999,c:1565218798*53\\!BSVDM,2,2,3,A,00000000000,2*3E";
        Assert.Equal(AisLineKind.Sentence, AisSentenceParser.Parse(Encoding.ASCII.GetBytes(line), out var s, out _));
        Assert.False(s.TagBlockIgnored);
        Assert.Equal(1_565_218_798_000L, s.TagBlock.UnixTimeMilliseconds);
        Assert.Equal(9999, s.TagBlock.GroupId);
    }

    [Fact]
    public void TagBlock_MalformedGroup_IsTolerated()
    {
        var line = "\\g:1-2--001,c:1326055296*3C\\!AIVDM,2,1,3,A,E7`B1:dW7oHth@@@@@@@@@@@@@@6@6R;mMQM@10888Qr8`8888888888,0*65";
        Assert.Equal(AisLineKind.Sentence, AisSentenceParser.Parse(Encoding.ASCII.GetBytes(line), out var s, out _));
        Assert.False(s.TagBlock.HasGroup);
        Assert.Equal(3, s.SequenceId);
    }

    [Theory]
    [InlineData("!AIVDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,6", AisErrorKind.BadFillBits)]
    [InlineData("!AIVDM,0,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0", AisErrorKind.BadFragmentFields)]
    [InlineData("!AIVDM,2,3,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0", AisErrorKind.BadFragmentFields)]
    [InlineData("!AIVDM,x,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0", AisErrorKind.BadFragmentFields)]
    [InlineData("!AIVDM,1,1,,B,,0", AisErrorKind.EmptyPayload)]
    [InlineData("!AIVDM,1,1,,B", AisErrorKind.MalformedSentence)]
    [InlineData("AIVDM,2,2,1,B,00000000000,2*26", AisErrorKind.MalformedSentence)]
    public void BadFraming_IsAnErrorOfTheRightKind(string line, AisErrorKind expected)
    {
        Assert.Equal(AisLineKind.Error, Parse(line, out var error, out _, out _, out _));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    public void BlankAndComments_AreSkipped(string line) => Assert.Equal(AisLineKind.Blank, Parse(line, out _, out _, out _, out _));

    [Theory]
    [InlineData("$GPGGA,213950.00,5250.53669,N,00542.34920,E,1,09,1.03,-6.0,M,45.8,M,,*7B")]
    [InlineData("$PGHP,1,2010,6,11,11,46,11,390,231,45,992190934,1,2B*5B")]
    [InlineData("hello world")]
    public void OtherSentences_AreNotAis(string line) => Assert.Equal(AisLineKind.NotAis, Parse(line, out _, out _, out _, out _));

    [Fact]
    public void HugeLine_IsRejected()
    {
        Assert.Equal(AisLineKind.Error, Parse(Valid + new string('x', 5000), out var error, out _, out _, out _));
        Assert.Equal(AisErrorKind.LineTooLong, error);
    }
}
