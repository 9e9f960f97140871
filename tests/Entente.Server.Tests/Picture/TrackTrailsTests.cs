using Entente.Server.Apis;
using Entente.Server.Picture;

namespace Entente.Server.Tests.Picture;

public sealed class TrackTrailsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ATrail_KeepsTheLatestPointsInOrder_AndATrackUnseenTooLongIsForgotten()
    {
        var trails = new TrackTrails(maxPointsPerTrack: 4, forgetAfter: TimeSpan.FromMinutes(5));
        for (var k = 0; k < 10; k++)
        {
            // Track 1 every frame; track 2 only in the first.
            trails.Add(Start.AddSeconds(10 * k), k == 0 ? [Track(1, k), Track(2, k)] : [Track(1, k)]);
        }

        Assert.Equal([6.0, 7, 8, 9], trails.Of(1)!.Select(p => p.SpeedKnots));
        Assert.Equal(Start.AddSeconds(90), trails.Of(1)![^1].Time);
        Assert.Single(trails.Of(2)!);

        trails.Add(Start.AddMinutes(6), [Track(1, 10)]);
        Assert.Null(trails.Of(2));
        Assert.Equal(1, trails.Count);
    }

    private static TrackResponse Track(long id, int k) => new(id, 51 + k * 0.001, 1.5, k, 90, 20, "unknown", 0.5, "confirmed", null, null, null);
}
