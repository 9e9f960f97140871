using Entente.Server.Apis;
using Entente.Server.Picture;

namespace Entente.Server.Tests.Picture;

public sealed class ReplayBufferTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Snapshots_AreKeptOnePerInterval_AndFoundAtOrBeforeATime()
    {
        var buffer = new ReplayBuffer(TimeSpan.FromSeconds(30), maxSnapshots: 100, maxTracks: 10_000);
        for (var s = 0; s <= 300; s += 10)
        {
            buffer.Offer(Start.AddSeconds(s), Tracks(1, s));
        }

        var span = buffer.Describe();
        Assert.Equal(11, span.Snapshots);
        Assert.Equal(Start, span.From);
        Assert.Equal(Start.AddSeconds(300), span.To);
        Assert.Equal(Start.AddSeconds(60), buffer.At(Start.AddSeconds(89))!.Time);
        Assert.Equal(60, buffer.At(Start.AddSeconds(89))!.Tracks[0].Id);
        Assert.Equal(Start.AddSeconds(90), buffer.At(Start.AddSeconds(90))!.Time);
        Assert.Equal(Start.AddSeconds(300), buffer.At(Start.AddHours(5))!.Time);
        Assert.Null(buffer.At(Start.AddSeconds(-1)));
    }

    [Fact]
    public void TheOldestAreDropped_WhenTooManySnapshotsOrTracksAreHeld()
    {
        var bySnapshots = new ReplayBuffer(TimeSpan.FromSeconds(30), maxSnapshots: 5, maxTracks: 1_000_000);
        var byTracks = new ReplayBuffer(TimeSpan.FromSeconds(30), maxSnapshots: 1_000, maxTracks: 2_500);
        for (var k = 0; k < 20; k++)
        {
            bySnapshots.Offer(Start.AddSeconds(30 * k), Tracks(10, k));
            byTracks.Offer(Start.AddSeconds(30 * k), Tracks(1_000, k));
        }

        Assert.Equal(5, bySnapshots.Describe().Snapshots);
        Assert.Equal(Start.AddSeconds(30 * 15), bySnapshots.Describe().From);
        Assert.Equal(2, byTracks.Describe().Snapshots);
        Assert.Equal(Start.AddSeconds(30 * 19), byTracks.Describe().To);
    }

    private static TrackResponse[] Tracks(int count, long firstId) =>
        [.. Enumerable.Range(0, count).Select(i => new TrackResponse(firstId + i, 51, 1.5, 3, 300, 50, "small-boat", 0.8, "confirmed", null, null, 40))];
}
