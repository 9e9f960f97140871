using System.Text;
using System.Threading.Channels;
using Entente.Ais.Decoding;
using Entente.Ais.Ingest;
using Entente.Testing;
using static Entente.Ais.Tests.Ingest.TestSentences;

namespace Entente.Ais.Tests.Ingest;

public sealed class AisStreamSourceTests
{
    private static async Task<(List<AisReceived> Messages, AisStreamSource Source)> RunAsync(string text, TimeProvider? clock = null, AisSourceOptions? options = null)
    {
        var channel = Channel.CreateUnbounded<AisReceived>();
        var source = new AisStreamSource("test-feed", new MemoryStream(Encoding.ASCII.GetBytes(text)), options: options, clock: clock);
        await using (source)
        {
            await source.RunAsync(channel.Writer, TestContext.Current.CancellationToken);
        }

        channel.Writer.Complete();
        var messages = new List<AisReceived>();
        await foreach (var message in channel.Reader.ReadAllAsync(TestContext.Current.CancellationToken))
        {
            messages.Add(message);
        }

        return (messages, source);
    }

    [Fact]
    public async Task Run_BadLinesMixedIn_AreCountedByKindAndTheStreamGoesOn()
    {
        var clock = new ManualTimeProvider();
        var badChecksum = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B";
        var truncated = "!AIVDM,1,1,,A,15RT";
        var text = string.Join("\n",
            Sentence(Type1Body),
            badChecksum,
            truncated,
            new string('x', 5000),
            "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47",
            Timed(1698785948, "rMT2083"),
            "",
            Sentence(Type1OtherBody));

        var (messages, source) = await RunAsync(text, clock);

        Assert.Equal([477553000, 477553000, 371798000], messages.Select(m => m.Message.Mmsi));
        Assert.All(messages, m => Assert.Equal("test-feed", m.SourceName));
        var stats = source.Statistics;
        Assert.Equal(8, stats.Lines);
        Assert.Equal(1, stats.Decoder.ErrorsOfKind(AisErrorKind.BadChecksum));
        Assert.Equal(1, stats.Decoder.ErrorsOfKind(AisErrorKind.MalformedSentence));
        Assert.Equal(1, stats.Decoder.ErrorsOfKind(AisErrorKind.LineTooLong));
        Assert.Equal(3, stats.Decoder.Errors);
        Assert.Equal(1, stats.Decoder.NotAis);
        Assert.Equal(3, stats.Decoder.Messages);

        var recent = stats.RecentErrors();
        Assert.Equal([2L, 3L, 4L], recent.Select(r => r.LineNumber));
        Assert.Equal([AisErrorKind.BadChecksum, AisErrorKind.MalformedSentence, AisErrorKind.LineTooLong], recent.Select(r => r.Kind));
        Assert.Equal(badChecksum, recent[0].Text);
        Assert.Equal("checksum does not match", recent[0].Reason);
        Assert.Equal(truncated, recent[1].Text);
        Assert.Equal(new string('x', AisRejectedLine.MaxTextChars) + "...", recent[2].Text);
    }

    [Fact]
    public async Task Run_TagBlockTime_IsTheReceiveTimeElseTheClock()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var (messages, _) = await RunAsync(Timed(1698785948) + "\r\n" + Sentence(Type1Body) + "\r\n", clock);

        Assert.Equal(2, messages.Count);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1698785948), messages[0].ReceivedAt);
        Assert.True(messages[0].ReceivedAtFromTagBlock);
        Assert.Equal(1698785948000L, messages[0].Reception.UnixTimeMilliseconds);
        Assert.Equal("test", messages[0].Reception.Source);
        Assert.Equal(clock.GetUtcNow(), messages[1].ReceivedAt);
        Assert.False(messages[1].ReceivedAtFromTagBlock);
    }

    [Fact]
    public async Task Run_ConcatenatedPairsOnOneLine_DeliverEachMessage()
    {
        var (messages, source) = await RunAsync(Timed(1698785948, "a") + Timed(1698785949, "b", Type1OtherBody) + "\n");

        Assert.Equal(["a", "b"], messages.Select(m => m.Reception.Source));
        Assert.Equal(1, source.Statistics.Lines);
        Assert.Equal(2, source.Statistics.Decoder.Sentences);
    }

    [Fact]
    public async Task Run_GroupNeverCompleted_IsCountedAtTheEnd()
    {
        var (messages, source) = await RunAsync(Sentence("AIVDM,2,1,3,A,56=nR7D00003A<I@E=@TmDh637OS60mA:222220N1@6427?P00888888,0") + "\n" + Sentence(Type1Body));

        Assert.Single(messages);
        Assert.Equal(1, source.Statistics.Decoder.ErrorsOfKind(AisErrorKind.IncompleteGroupExpired));
        var expired = Assert.Single(source.Statistics.RecentErrors());
        Assert.Equal(AisErrorKind.IncompleteGroupExpired, expired.Kind);
        Assert.Equal(2, expired.LineNumber);
    }

    [Fact]
    public async Task Run_RecentErrors_KeepsOnlyTheLatest()
    {
        var bad = Enumerable.Range(0, 10).Select(i => "!AIVDM,1,1,,A,x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (_, source) = await RunAsync(string.Join("\n", bad), options: new AisSourceOptions { RecentErrorCapacity = 3 });

        Assert.Equal(10, source.Statistics.Decoder.Errors);
        Assert.Equal([8L, 9L, 10L], source.Statistics.RecentErrors().Select(r => r.LineNumber));
    }

    [Fact]
    public async Task Run_RejectedLineCallback_SeesEveryRejectionEvenWithNoneKept()
    {
        var seen = new List<AisRejectedLine>();
        var options = new AisSourceOptions { RecentErrorCapacity = 0, OnRejectedLine = seen.Add };
        var (messages, source) = await RunAsync("!AIVDM,1,1,,A,x\n" + Sentence(Type1Body) + "\n!AIVDM,0,1,,A,x,0", options: options);

        Assert.Single(messages);
        Assert.Empty(source.Statistics.RecentErrors());
        Assert.Equal([(1L, AisErrorKind.MalformedSentence), (3L, AisErrorKind.BadFragmentFields)], seen.Select(r => (r.LineNumber, r.Kind)));
    }

    [Fact]
    public async Task Run_SentenceCallback_SeesEachAcceptedSentenceWithItsTagBlockButNotTheBadOnes()
    {
        var seen = new List<string>();
        var pair = Timed(1698785948, "a") + Timed(1698785949, "b", Type1OtherBody);
        var (messages, _) = await RunAsync("!AIVDM,1,1,,A,x\r\n" + pair + "\r\n$GPGGA,1*00\n", options: new AisSourceOptions { OnSentence = seen.Add });

        Assert.Equal(2, messages.Count);
        Assert.Equal([Timed(1698785948, "a"), Timed(1698785949, "b", Type1OtherBody)], seen);
    }

    [Fact]
    public async Task Run_Twice_IsRefused()
    {
        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisStreamSource("once", new MemoryStream());
        await source.RunAsync(channel.Writer, TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<InvalidOperationException>(() => source.RunAsync(channel.Writer, TestContext.Current.CancellationToken));
    }
}
