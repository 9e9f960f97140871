using Entente.Ais.Decoding;
using Entente.Ais.Framing;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Framing;

public sealed class AisDecoderTests
{
    // A position report split over two sentences.
    private static readonly IReadOnlyList<string> Parts = PositionReport(227006760).Sentences('A', 1, 20);
    private static readonly string Part1 = Parts[0];
    private static readonly string Part2 = Parts[1];

    private static string Tagged(string content, string sentence) =>
        $"\\{content}*{NmeaChecksum.Compute(System.Text.Encoding.ASCII.GetBytes(content)):X2}\\{sentence}";

    private static PayloadBuilder PositionReport(int mmsi) => new PayloadBuilder()
        .Field(1, 6).Field(0, 2).Field(mmsi, 30).Field(0, 4).Field(-128, 8).Field(123, 10).Flag(true)
        .Field(1_000_000, 28).Field(30_000_000, 27).Field(2240, 12).Field(215, 9).Field(33, 6).Field(0, 2).Field(0, 3).Flag(false).Field(34017, 19);

    [Fact]
    public void SingleSentence_DecodesToAMessageWithItsReception()
    {
        var decoder = new AisDecoder(new AisDecoderOptions { DefaultSource = "feed-1" });
        var result = decoder.Decode(PositionReport(235009802).Sentence('B'));
        Assert.Equal(AisDecodeStatus.Message, result.Status);
        var m = Assert.IsType<PositionReportClassA>(result.Message);
        Assert.Equal(235009802, m.Mmsi);
        Assert.Equal('B', result.Reception.Channel);
        Assert.Equal("AI", result.Reception.Talker);
        Assert.Equal("feed-1", result.Reception.Source);
        Assert.Equal(1, decoder.Statistics.MessagesOfType(1));
    }

    [Fact]
    public void TwoSentences_AreJoined()
    {
        var decoder = new AisDecoder();
        Assert.Equal(AisDecodeStatus.Pending, decoder.Decode(Part1).Status);
        Assert.Equal(1, decoder.PendingGroups);
        var result = decoder.Decode(Part2);
        Assert.Equal(AisDecodeStatus.Message, result.Status);
        Assert.Equal(227006760, result.Message!.Mmsi);
        Assert.Equal(2, result.Reception.SentenceCount);
        Assert.Equal(0, decoder.PendingGroups);
    }

    [Fact]
    public void FragmentsOutOfOrder_AreJoined()
    {
        var decoder = new AisDecoder();
        Assert.Equal(AisDecodeStatus.Pending, decoder.Decode(Part2).Status);
        var result = decoder.Decode(Part1);
        Assert.Equal(AisDecodeStatus.Message, result.Status);
        Assert.Equal(227006760, result.Message!.Mmsi);
    }

    [Fact]
    public void InterleavedGroups_OnDifferentChannelsAndIds_AreEachJoined()
    {
        var a = PositionReport(1).Field(0, 200).Sentences('A', 3, 20);
        var b = PositionReport(2).Field(0, 200).Sentences('B', 3, 20);
        var c = PositionReport(3).Field(0, 200).Sentences('A', 4, 20);
        Assert.True(a.Count > 2);
        var decoder = new AisDecoder();
        var mmsis = new List<int>();
        for (var i = 0; i < a.Count; i++)
        {
            foreach (var line in new[] { c[i], b[a.Count - 1 - i], a[i] })
            {
                if (decoder.Decode(line).Message is { } m)
                {
                    mmsis.Add(m.Mmsi);
                }
            }
        }

        Assert.Equal([1, 2, 3], mmsis.Order());
        Assert.Equal(0, decoder.Statistics.Errors);
    }

    [Fact]
    public void TagBlockGroup_JoinsFragmentsWithoutSources()
    {
        var decoder = new AisDecoder();
        // Different sequence ids: only the tag-block group ties them.
        Assert.Equal(AisDecodeStatus.Pending, decoder.Decode(Tagged("g:1-2-1278,s:66,c:1661782369", Part1)).Status);
        var second = PositionReport(227006760).Sentences('B', 5, 20)[1];
        var result = decoder.Decode(Tagged("g:2-2-1278", second));
        Assert.Equal(AisDecodeStatus.Message, result.Status);
        Assert.Equal("66", result.Reception.Source);
        Assert.Equal(1_661_782_369_000L, result.Reception.UnixTimeMilliseconds);
    }

    [Fact]
    public void OrphanFragments_AgeOutAndAreCounted()
    {
        var decoder = new AisDecoder(new AisDecoderOptions { MaxGroupAgeSentences = 10 });
        decoder.Decode(Part1);
        var single = PositionReport(7).Sentence();
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(AisDecodeStatus.Message, decoder.Decode(single).Status);
        }

        Assert.Equal(0, decoder.PendingGroups);
        Assert.Equal(1, decoder.Statistics.ErrorsOfKind(AisErrorKind.IncompleteGroupExpired));
        Assert.Equal(AisDecodeStatus.Pending, decoder.Decode(Part2).Status);
    }

    [Fact]
    public void PendingGroups_AreBounded()
    {
        var decoder = new AisDecoder(new AisDecoderOptions { MaxPendingGroups = 4 });
        for (var id = 0; id < 10; id++)
        {
            decoder.Decode(PositionReport(id + 1).Sentences('A', id, 20)[0]);
        }

        Assert.Equal(4, decoder.PendingGroups);
        Assert.Equal(6, decoder.Statistics.ErrorsOfKind(AisErrorKind.IncompleteGroupExpired));
        Assert.Equal(4, decoder.Flush());
        Assert.Equal(10, decoder.Statistics.ErrorsOfKind(AisErrorKind.IncompleteGroupExpired));
    }

    [Fact]
    public void RepeatedFirstFragment_StartsAFreshGroup()
    {
        var decoder = new AisDecoder();
        decoder.Decode(Part1);
        decoder.Decode(Part1);
        Assert.Equal(AisDecodeStatus.Message, decoder.Decode(Part2).Status);
        Assert.Equal(1, decoder.Statistics.ErrorsOfKind(AisErrorKind.IncompleteGroupExpired));
    }

    [Fact]
    public void BadPayloadCharacter_IsCounted()
    {
        var decoder = new AisDecoder();
        var result = decoder.Decode(PayloadBuilder.WithChecksum("AIVDM,1,1,,A,13aDp<PP000IwSlN?Wm@0?wN2<1T~,0"));
        Assert.Equal(AisDecodeStatus.Error, result.Status);
        Assert.Equal(AisErrorKind.BadPayloadCharacter, result.Error);
        Assert.Equal(1, decoder.Statistics.ErrorsOfKind(AisErrorKind.BadPayloadCharacter));
    }

    [Fact]
    public void UnknownMessageType_IsCounted()
    {
        var decoder = new AisDecoder();
        var result = decoder.Decode(new PayloadBuilder().Field(0, 6).Field(0, 162).Sentence());
        Assert.Equal(AisErrorKind.UnknownMessageType, result.Error);
        result = decoder.Decode(new PayloadBuilder().Field(28, 6).Field(0, 162).Sentence());
        Assert.Equal(AisErrorKind.UnknownMessageType, result.Error);
        Assert.Equal(2, decoder.Statistics.ErrorsOfKind(AisErrorKind.UnknownMessageType));
        Assert.Equal(0, decoder.Statistics.Messages);
    }

    [Fact]
    public void TooShortMessage_IsAnErrorAndNotCountedAsDecoded()
    {
        var decoder = new AisDecoder();
        var result = decoder.Decode(new PayloadBuilder().Field(1, 6).Field(0, 100).Sentence());
        Assert.Equal(AisDecodeStatus.Error, result.Status);
        Assert.Equal(AisErrorKind.MessageTooShort, result.Error);
        Assert.Equal(0, decoder.Statistics.MessagesOfType(1));
        Assert.Equal(1, decoder.Statistics.ErrorsOfKind(AisErrorKind.MessageTooShort));
    }

    [Fact]
    public void NonAisLines_AreSkippedAndCounted()
    {
        var decoder = new AisDecoder();
        Assert.Equal(AisDecodeStatus.Skipped, decoder.Decode("$GPGLL,5250.53669,N,00542.34920,E,213950.00,A,A*67").Status);
        Assert.Equal(AisDecodeStatus.Skipped, decoder.Decode("").Status);
        Assert.Equal(1, decoder.Statistics.NotAis);
        Assert.Equal(2, decoder.Statistics.Lines);
    }
}
