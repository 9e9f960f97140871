using System.Text;
using Entente.Ais.Decoding;
using Entente.Ais.Framing;
using Entente.Testing;
using static Entente.Ais.Tests.Ingest.TestSentences;

namespace Entente.Ais.Tests.Framing;

public sealed class NmeaLineSplitterTests
{
    private static List<string> Split(string line)
    {
        var pieces = new List<string>();
        foreach (var sentence in new NmeaLineSplitter(Encoding.ASCII.GetBytes(line)))
        {
            pieces.Add(Encoding.ASCII.GetString(sentence));
        }

        return pieces;
    }

    [Fact]
    public void Split_OneSentence_YieldsItWhole()
    {
        var line = Sentence(Type1Body);
        Assert.Equal([line], Split(line));
    }

    [Fact]
    public void Split_TagBlockAndSentence_StayTogether()
    {
        // The tag block's own checksum is followed by '\' and '!', but comes before the sentence: no split there.
        var line = TagBlock("s:66,c:1661782474") + Sentence(Type1Body);
        Assert.Equal([line], Split(line));
    }

    [Fact]
    public void Split_TwoTagBlockSentencePairs_YieldsEachWithItsTagBlock()
    {
        var first = TagBlock("s:rMT2083,t:marinetraffic,c:1698785948") + Sentence(Type1Body);
        var second = TagBlock("s:rMT2083,t:marinetraffic,c:1698785947") + Sentence(Type1OtherBody);
        Assert.Equal([first, second], Split(first + second));
    }

    [Fact]
    public void Split_ThreeSentencesWithoutTagBlocks_YieldsThree()
    {
        var a = Sentence(Type1Body);
        var b = Sentence(Type1OtherBody);
        Assert.Equal([a, b, a], Split(a + b + a));
    }

    [Fact]
    public void Split_SpaceBetweenSentences_StaysWithTheFirst()
    {
        var a = Sentence(Type1Body);
        var b = Sentence(Type1OtherBody);
        Assert.Equal([a + "  ", b], Split(a + "  " + b));
    }

    [Fact]
    public void Split_GpsdLiteralCrLfText_IsOneSentence()
    {
        // gpsd's corpus has the four characters "\x0d\x0a" written after a checksum: text, not a tag block.
        var line = @"!AIVDM,2,1,8,B,E03l90w4Q1h3h1:WdPOwwwwwwwwlQdn`:e55020@@@gP0000000000000000,0*47\x0d\x0a";
        Assert.Equal([line], Split(line));
    }

    [Fact]
    public void Split_UscgTrailer_IsNotANewSentence()
    {
        var line = Sentence(Type1Body) + ",d-108,S0097,t000002.00,T02.58778187,D07MN-MI-LAKBS1,1241544035";
        Assert.Equal([line], Split(line));
    }

    [Fact]
    public void Split_BackslashAfterChecksumWithoutSentence_IsNotANewSentence()
    {
        var line = Sentence(Type1Body) + @"\s:abc\ trailing";
        Assert.Equal([line], Split(line));
    }

    [Fact]
    public void Split_StarWithoutHexDigits_DoesNotEndTheSentence()
    {
        var line = "!AIVDM,1,1,,A,abc*zz!AIVDM,1,1";
        Assert.Equal([line], Split(line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47")]
    [InlineData("# a comment")]
    public void Split_LineWithoutAisSentence_YieldsItOnce(string line)
    {
        Assert.Equal([line], Split(line));
    }

    [Fact]
    public void Split_ConcatenatedPairs_DecodeAsSeparateSentencesWithTheirTagBlocks()
    {
        var line = Timed(1698785948, "first") + Timed(1698785949, "second", Type1OtherBody);
        var decoder = new AisDecoder();
        var messages = new List<AisDecodeResult>();
        foreach (var sentence in new NmeaLineSplitter(Encoding.ASCII.GetBytes(line)))
        {
            messages.Add(decoder.Decode(sentence));
        }

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(AisDecodeStatus.Message, m.Status));
        Assert.Equal(["first", "second"], messages.Select(m => m.Reception.Source));
        Assert.Equal([1698785948000L, 1698785949000L], messages.Select(m => m.Reception.UnixTimeMilliseconds!.Value));
        Assert.Equal([477553000, 371798000], messages.Select(m => m.Message!.Mmsi));
    }

    [Fact]
    public void Split_RealConcatenatedFeed_ReassemblesEveryTwoPartMessage()
    {
        var shared = RepositoryPaths.Shared;
        if (shared is null)
        {
            Assert.Skip("../shared is absent: the Global Fishing Watch sample with concatenated sentences is not available.");
        }

        // Each line holds both parts of a type 5 message, each part with its own tag block.
        var lines = File.ReadAllLines(Path.Combine(shared, "data", "ais", "real", "gfw-ais-tools", "bad-type5.nmea"))
            .Where(l => l.StartsWith('\\'))
            .ToList();
        var decoder = new AisDecoder();
        var types = new List<int>();
        foreach (var line in lines)
        {
            var pieces = 0;
            foreach (var sentence in new NmeaLineSplitter(Encoding.ASCII.GetBytes(line)))
            {
                pieces++;
                if (decoder.DecodePayload(sentence, out var payload) == AisDecodeStatus.Message)
                {
                    types.Add(payload.MessageType);
                }
            }

            Assert.Equal(2, pieces);
        }

        Assert.Equal(3, lines.Count);
        Assert.Equal([5, 5, 5], types);
        Assert.Equal(6, decoder.Statistics.Sentences);
        Assert.Equal(0, decoder.Statistics.Errors);
        Assert.Equal(0, decoder.Statistics.TagBlocksIgnored);
    }
}
