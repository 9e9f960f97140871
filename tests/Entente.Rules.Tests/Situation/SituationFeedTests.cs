using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Rules.Situation;
using Entente.Tracking.Pipeline;

namespace Entente.Rules.Tests.Situation;

public sealed class SituationFeedTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 22, 0, 3, TimeSpan.Zero);

    [Fact]
    public void Frames_FallOnWholeIntervals_AndCarryTheNonRadarRecordsSinceTheLast()
    {
        var feed = new SituationFeed(TrackingPipeline.Build());
        var call = DetectionRecord.AtPosition(T0, "calls-phone", DetectionKind.Report, GeoPosition.FromDegrees(51, 1.5), 2_000) with { Caller = "c1" };
        Assert.Empty(feed.Add(call));
        var frames = feed.AdvanceTo(T0.AddSeconds(25));
        Assert.Equal([T0.AddSeconds(7), T0.AddSeconds(17)], frames.Select(f => f.Time));
        Assert.Same(call, Assert.Single(frames[0].Detections));
        Assert.Empty(frames[1].Detections);
    }

    [Fact]
    public void ARecordThatCannotBePlacedInTheProjection_IsCountedNotThrown()
    {
        var feed = new SituationFeed(TrackingPipeline.Build());
        var far = DetectionRecord.AtPosition(T0, "calls-phone", DetectionKind.Report, GeoPosition.FromDegrees(10, 120), 2_000);
        var frames = feed.Add(far);
        Assert.Empty(frames);
        Assert.Equal(1, feed.Unplaceable);
        Assert.Empty(Assert.Single(feed.AdvanceTo(T0.AddSeconds(10))).Detections);
    }
}
