using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Entente.Ais.Decoding;
using Entente.Ais.Ingest;
using Entente.Testing;
using static Entente.Ais.Tests.Ingest.TestSentences;

namespace Entente.Ais.Tests.Ingest;

public sealed class AisTcpClientSourceTests
{
    private static readonly AisTcpClientOptions Quick = new() { InitialBackoffSeconds = 1, MaxBackoffSeconds = 8, IdleTimeoutSeconds = 0 };

    [Fact]
    public async Task Run_ServerDropsMidLineAndComesBack_ReconnectsAfterBackoffAndLosesOnlyTheBrokenLine()
    {
        var ct = TestContext.Current.CancellationToken;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var clock = new ManualTimeProvider();
        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisTcpClientSource("tcp-test", "127.0.0.1", port, Quick, clock: clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = source.RunAsync(channel.Writer, stop.Token);

        var broken = Timed(1698785950, "rx");
        using (var first = await listener.AcceptSocketAsync(ct))
        {
            await first.SendAsync(Bytes(Timed(1698785948, "rx") + "\r\n" + broken[..40]), ct);
            Assert.Equal(1698785948, (await Eventually.ReadAsync(channel.Reader)).ReceivedAt.ToUnixTimeSeconds());
            first.Shutdown(SocketShutdown.Both);
        }

        await Eventually.WaitUntilAsync(() => source.Statistics.BackoffWaits == 1 && clock.TimerCount == 1, "the source waits to reconnect");
        var stats = source.Statistics;
        Assert.Equal(1, stats.Connections);
        Assert.Equal(1, stats.Disconnects);
        Assert.Equal(1, stats.BackoffSeconds);
        Assert.Contains("closed the connection", stats.LastConnectionError, StringComparison.Ordinal);
        Assert.Equal(1, stats.Decoder.ErrorsOfKind(AisErrorKind.LineCutOff));
        var cut = Assert.Single(stats.RecentErrors());
        Assert.Equal((AisErrorKind.LineCutOff, broken[..40], 2L), (cut.Kind, cut.Text, cut.LineNumber));

        // Not before the back-off is over.
        clock.Advance(TimeSpan.FromSeconds(0.9));
        Assert.Equal(1, stats.ConnectionAttempts);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        using var second = await listener.AcceptSocketAsync(ct);
        second.NoDelay = true;
        // A line split over two packets, then one more.
        var split = Timed(1698785960, "rx", Type1OtherBody);
        await second.SendAsync(Bytes(split[..30]), ct);
        await Task.Delay(50, ct);
        await second.SendAsync(Bytes(split[30..] + "\n" + Timed(1698785961, "rx") + "\n"), ct);

        var after = await Eventually.ReadAsync(channel.Reader, 2);
        Assert.Equal([1698785960L, 1698785961L], after.Select(m => m.ReceivedAt.ToUnixTimeSeconds()));
        Assert.Equal(371798000, after[0].Message.Mmsi);
        Assert.Equal(2, stats.Connections);
        Assert.Equal(1, stats.Reconnects);
        Assert.Equal(1, stats.Decoder.Errors);
        Assert.False(channel.Reader.TryRead(out _));

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Run_NothingListening_BacksOffExponentiallyUpToTheCap()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreePort();
        var clock = new ManualTimeProvider();
        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisTcpClientSource("tcp-down", "127.0.0.1", port, Quick, clock: clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = source.RunAsync(channel.Writer, stop.Token);

        var waits = new List<double>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await Eventually.WaitUntilAsync(() => source.Statistics.BackoffWaits == attempt && clock.TimerCount == 1, "back-off " + attempt);
            waits.Add(source.Statistics.BackoffSeconds);
            clock.Advance(TimeSpan.FromSeconds(source.Statistics.BackoffSeconds));
        }

        Assert.Equal([1.0, 2, 4, 8, 8, 8], waits);
        Assert.Equal(0, source.Statistics.Connections);
        Assert.True(source.Statistics.ConnectFailures >= 6);
        Assert.Contains("cannot connect to 127.0.0.1:", source.Statistics.LastConnectionError, StringComparison.Ordinal);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Run_FeedFallsSilent_ReconnectsAfterTheIdleTimeout()
    {
        var ct = TestContext.Current.CancellationToken;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var clock = new ManualTimeProvider();
        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisTcpClientSource(
            "tcp-silent", "127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, Quick with { IdleTimeoutSeconds = 30 }, clock: clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = source.RunAsync(channel.Writer, stop.Token);

        using var silent = await listener.AcceptSocketAsync(ct);
        await Eventually.WaitUntilAsync(() => source.Statistics.Connections == 1 && clock.TimerCount == 1, "the source reads with an idle timer");
        clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.WaitUntilAsync(() => source.Statistics.BackoffWaits == 1, "the silent connection is dropped");
        Assert.Equal(1, source.Statistics.Disconnects);
        Assert.Contains("no data from 127.0.0.1:", source.Statistics.LastConnectionError, StringComparison.Ordinal);
        Assert.Equal(1, source.Statistics.BackoffSeconds);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public void BackoffAfter_GrowsByTheMultiplierAndStopsAtTheCap()
    {
        var source = new AisTcpClientSource("calc", "localhost", 1, new AisTcpClientOptions { InitialBackoffSeconds = 0.5, MaxBackoffSeconds = 30 });
        Assert.Equal(
            [0.5, 1, 2, 4, 8, 16, 30, 30],
            Enumerable.Range(1, 8).Select(n => source.BackoffAfter(n).TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(30), source.BackoffAfter(int.MaxValue));
    }

    [Fact]
    public void Constructor_CapBelowTheFirstWait_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new AisTcpClientSource("bad", "localhost", 1, new AisTcpClientOptions { InitialBackoffSeconds = 10, MaxBackoffSeconds = 5 }));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
