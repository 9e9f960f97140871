using System.Text;
using Entente.Ais.Ingest;
using static Entente.Ais.Tests.Ingest.TestSentences;

namespace Entente.Ais.Tests.Ingest;

public sealed class AisIngestTests
{
    private static AisStreamSource Source(string name, params string[] lines) =>
        new(name, new MemoryStream(Encoding.ASCII.GetBytes(string.Join("\n", lines))));

    [Fact]
    public async Task Run_SeveralSources_ShareOneChannelThatCompletesWhenAllEnd()
    {
        await using var ingest = new AisIngest(channelCapacity: 2);
        ingest.Add(Source("north", Timed(1), Timed(2), Timed(3)));
        ingest.Add(Source("south", Sentence(Type1OtherBody), "garbage !AIVDM", Sentence(Type1OtherBody)));

        var run = ingest.RunAsync(TestContext.Current.CancellationToken);
        var received = new List<AisReceived>();
        await foreach (var message in ingest.Reader.ReadAllAsync(TestContext.Current.CancellationToken))
        {
            received.Add(message);
        }

        await run;
        Assert.Equal(3, received.Count(m => m.SourceName == "north"));
        Assert.Equal(2, received.Count(m => m.SourceName == "south"));
        Assert.Equal([1L, 2L, 3L], received.Where(m => m.SourceName == "north").Select(m => m.ReceivedAt.ToUnixTimeSeconds()));
        Assert.Equal(0, ingest.Sources[0].Statistics.Decoder.Errors);
        Assert.Equal(1, ingest.Sources[1].Statistics.Decoder.Errors);
    }

    [Fact]
    public async Task Run_OneSourceFails_TheOthersStillDeliverAndTheFailureIsReported()
    {
        await using var ingest = new AisIngest();
        var missing = new AisFileSource(Path.Combine(Path.GetTempPath(), "entente-no-such-file.nmea"));
        ingest.Add(missing);
        ingest.Add(Source("fine", Timed(1), Timed(2)));

        var error = await Assert.ThrowsAsync<AggregateException>(() => ingest.RunAsync(TestContext.Current.CancellationToken));

        Assert.IsType<FileNotFoundException>(Assert.Single(error.InnerExceptions));
        Assert.Contains("entente-no-such-file.nmea", missing.Statistics.Fault, StringComparison.Ordinal);
        Assert.Null(ingest.Sources[1].Statistics.Fault);
        Assert.True(ingest.Reader.TryRead(out var first));
        Assert.True(ingest.Reader.TryRead(out var second));
        Assert.Equal(["fine", "fine"], new[] { first!.SourceName, second!.SourceName });
        await Assert.ThrowsAsync<AggregateException>(() => ingest.Reader.Completion);
    }

    [Fact]
    public async Task Add_AfterRunning_IsRefused()
    {
        await using var ingest = new AisIngest();
        await ingest.RunAsync(TestContext.Current.CancellationToken);
        Assert.Throws<InvalidOperationException>(() => ingest.Add(Source("late")));
    }
}
