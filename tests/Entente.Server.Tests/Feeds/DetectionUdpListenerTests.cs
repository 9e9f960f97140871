using System.Net;
using System.Threading.Channels;
using Entente.Server.Feeds;
using static Entente.Server.Tests.Feeds.RealFeedHarness;

namespace Entente.Server.Tests.Feeds;

public sealed class DetectionUdpListenerTests
{
    [Fact]
    public async Task Run_QueueFull_DropsAndCountsWithoutWaiting()
    {
        var ct = TestContext.Current.CancellationToken;
        // Nobody reads this queue: after one record it is full.
        var queue = Channel.CreateBounded<FeedInput>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.Wait });
        var status = new FeedStatus("detections-udp", "detections", "");
        using var listener = new DetectionUdpListener(new IPEndPoint(IPAddress.Loopback, 0), status, TimeProvider.System, TimeSpan.FromMinutes(1));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = listener.RunAsync(queue.Writer, stop.Token);

        var now = DateTimeOffset.UtcNow;
        await SendAsync(listener.LocalEndPoint.Port, string.Join("\n", BeachLine(now, 1), BeachLine(now, 2), BeachLine(now, 3)));
        await SendAsync(listener.LocalEndPoint.Port, "[1, 2]");

        var deadline = Environment.TickCount64 + 10_000;
        while (status.Received < 4)
        {
            Assert.True(Environment.TickCount64 < deadline, "the datagrams did not arrive");
            await Task.Delay(20, ct);
        }

        Assert.Equal(2, status.Dropped);
        Assert.Equal(1, status.Rejected);
        Assert.Equal(["line 1: A detection must be a JSON object."], status.FirstErrors());
        Assert.True(queue.Reader.TryRead(out var first));
        Assert.Equal(1, first.Record!.People);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }
}
