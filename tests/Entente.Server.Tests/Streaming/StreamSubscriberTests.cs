using System.Text;
using Entente.Server.Streaming;

namespace Entente.Server.Tests.Streaming;

/// <summary>A slow client's mailbox holds the latest event of each topic and nothing more.</summary>
public sealed class StreamSubscriberTests
{
    [Fact]
    public async Task AClientThatDoesNotRead_HoldsOnlyTheLatestOfEachTopic()
    {
        var subscriber = new StreamSubscriber();
        for (var i = 0; i < 10_000; i++)
        {
            subscriber.Post(StreamTopic.Frame, Bytes($"frame {i}"));
        }

        subscriber.Post(StreamTopic.Incidents, Bytes("incidents"));
        subscriber.Post(StreamTopic.Alerts, Bytes("alerts"));

        var taken = await subscriber.TakeAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        // Alerts and incidents come before the frame, and only the last frame is left.
        Assert.Equal(["alerts", "incidents", "frame 9999"], taken.Select(t => Encoding.UTF8.GetString(t.Span)));
        Assert.Equal(9_999, subscriber.Skipped);
    }

    [Fact]
    public async Task Take_WaitsForAnEvent_AndReturnsEmptyWhenTheTimeoutPassesFirst()
    {
        var subscriber = new StreamSubscriber();
        var ct = TestContext.Current.CancellationToken;

        Assert.Empty(await subscriber.TakeAsync(TimeSpan.FromMilliseconds(50), ct));

        var waiting = subscriber.TakeAsync(TimeSpan.FromSeconds(30), ct);
        Assert.False(waiting.IsCompleted);
        subscriber.Post(StreamTopic.Alerts, Bytes("a"));
        Assert.Equal(["a"], (await waiting).Select(t => Encoding.UTF8.GetString(t.Span)));
        Assert.Equal(0, subscriber.Skipped);

        // Everything was taken: the next wait times out again.
        Assert.Empty(await subscriber.TakeAsync(TimeSpan.FromMilliseconds(50), ct));
    }

    private static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
