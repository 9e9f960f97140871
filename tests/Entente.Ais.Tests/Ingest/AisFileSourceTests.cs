using System.Threading.Channels;
using Entente.Ais.Decoding;
using Entente.Ais.Ingest;
using Entente.Testing;
using static Entente.Ais.Tests.Ingest.TestSentences;

namespace Entente.Ais.Tests.Ingest;

public sealed class AisFileSourceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("entente-ais-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(params string[] lines)
    {
        var path = Path.Combine(_directory, "feed.nmea");
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }

    [Fact]
    public async Task Run_AsFastAsPossible_DeliversEveryMessageInOrder()
    {
        var path = WriteFile(Timed(1000), Timed(5000, body: Type1OtherBody), Timed(2000));
        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisFileSource(path, clock: new ManualTimeProvider());

        await source.RunAsync(channel.Writer, TestContext.Current.CancellationToken);

        Assert.Equal("feed.nmea", source.Name);
        Assert.Equal(3, channel.Reader.Count);
        var messages = await Eventually.ReadAsync(channel.Reader, 3);
        Assert.Equal([1000L, 5000L, 2000L], messages.Select(m => m.ReceivedAt.ToUnixTimeSeconds()));
        Assert.Equal(0, source.Statistics.Decoder.Errors);
    }

    [Fact]
    public async Task Run_Replay_WaitsTheTagBlockIntervalsDividedByTheSpeedFactor()
    {
        var path = WriteFile(Timed(1000), Sentence(Type1OtherBody), Timed(1010), Timed(1030));
        var clock = new ManualTimeProvider();
        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisFileSource(path, replay: new AisReplayOptions { ReplaySpeedFactor = 2 }, clock: clock);
        var run = source.RunAsync(channel.Writer, TestContext.Current.CancellationToken);

        // The first message and the one without a time come at once.
        Assert.Equal(1000, (await Eventually.ReadAsync(channel.Reader)).ReceivedAt.ToUnixTimeSeconds());
        Assert.False((await Eventually.ReadAsync(channel.Reader)).ReceivedAtFromTagBlock);

        // 10 s of recording at twice the speed: 5 s.
        await Eventually.WaitUntilAsync(() => clock.TimerCount == 1, "the replay waits for the second timed message");
        clock.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(channel.Reader.TryRead(out _));
        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1010, (await Eventually.ReadAsync(channel.Reader)).ReceivedAt.ToUnixTimeSeconds());

        // 20 s more: 10 s.
        await Eventually.WaitUntilAsync(() => clock.TimerCount == 1, "the replay waits for the third timed message");
        clock.Advance(TimeSpan.FromSeconds(9.9));
        Assert.False(channel.Reader.TryRead(out _));
        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1030, (await Eventually.ReadAsync(channel.Reader)).ReceivedAt.ToUnixTimeSeconds());

        await run.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromSeconds(15), clock.GetUtcNow() - new ManualTimeProvider().GetUtcNow());
    }

    [Fact]
    public async Task Run_ReplayWithAGapOrAJumpBack_NeverWaitsLongerThanTheLongestPause()
    {
        var path = WriteFile(Timed(1000), Timed(8200), Timed(100), Timed(103));
        var clock = new ManualTimeProvider();
        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisFileSource(path, replay: new AisReplayOptions { MaxPauseSeconds = 30 }, clock: clock);
        var run = source.RunAsync(channel.Writer, TestContext.Current.CancellationToken);

        await Eventually.ReadAsync(channel.Reader);
        // Two hours of silence in the recording: cut to 30 s.
        await Eventually.WaitUntilAsync(() => clock.TimerCount == 1, "the replay waits across the gap");
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(8200, (await Eventually.ReadAsync(channel.Reader)).ReceivedAt.ToUnixTimeSeconds());
        // Back in time: at once, and pacing starts again from there.
        Assert.Equal(100, (await Eventually.ReadAsync(channel.Reader)).ReceivedAt.ToUnixTimeSeconds());
        await Eventually.WaitUntilAsync(() => clock.TimerCount == 1, "the replay paces again after the jump");
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(103, (await Eventually.ReadAsync(channel.Reader)).ReceivedAt.ToUnixTimeSeconds());
        await run.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Run_ReplayCancelled_StopsWaiting()
    {
        var path = WriteFile(Timed(1000), Timed(1100));
        var clock = new ManualTimeProvider();
        var channel = Channel.CreateUnbounded<AisReceived>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var source = new AisFileSource(path, replay: new AisReplayOptions(), clock: clock);
        var run = source.RunAsync(channel.Writer, stop.Token);

        await Eventually.ReadAsync(channel.Reader);
        await Eventually.WaitUntilAsync(() => clock.TimerCount == 1, "the replay waits");
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(0, clock.TimerCount);
    }

    [Fact]
    public async Task Run_MissingFile_FailsWithItsReason()
    {
        var channel = Channel.CreateUnbounded<AisReceived>();
        var path = Path.Combine(_directory, "absent.nmea");
        await using var source = new AisFileSource(path);

        await Assert.ThrowsAsync<FileNotFoundException>(() => source.RunAsync(channel.Writer, TestContext.Current.CancellationToken));
        Assert.Contains("absent.nmea", source.Statistics.Fault, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RealFileWithoutFinalNewline_ReadsItsLastLine()
    {
        var shared = RepositoryPaths.Shared;
        if (shared is null)
        {
            Assert.Skip("../shared is absent: the Norwegian 1,000-line sample is not available.");
        }

        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisFileSource(Path.Combine(shared, "data", "ais", "real", "aisnet", "Ais1000Lines.nm4"));
        await source.RunAsync(channel.Writer, TestContext.Current.CancellationToken);
        channel.Writer.Complete();

        var messages = new List<AisReceived>();
        await foreach (var message in channel.Reader.ReadAllAsync(TestContext.Current.CancellationToken))
        {
            messages.Add(message);
        }

        Assert.Equal(1000, source.Statistics.Lines);
        Assert.Equal(1000, source.Statistics.Decoder.Sentences);
        Assert.Equal(0, source.Statistics.Decoder.ErrorsOfKind(AisErrorKind.BadChecksum));
        Assert.Equal(0, source.Statistics.Decoder.ErrorsOfKind(AisErrorKind.MalformedSentence));
        // The file ends "\c:1565218827*58\!BSVDM,1,1,,B,33aln011h00cmh2Qlbp5hWJj8000,0*5E" with no line ending.
        var last = messages[^1];
        Assert.Equal(3, last.Message.MessageType);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1565218827), last.ReceivedAt);
        Assert.Equal("BS", last.Reception.Talker);
    }
}
