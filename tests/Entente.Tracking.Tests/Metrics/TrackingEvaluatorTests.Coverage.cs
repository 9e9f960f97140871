using Entente.Tracking.Metrics;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Tests.Metrics;

public sealed partial class TrackingEvaluatorTests
{
    private static readonly EvaluationOptions OneDetectionCovers = new() { CoverageMinDetections = 1 };

    [Fact]
    public void ATruthSeenTooRarely_IsOutOfCoverage_AndATrackOnItIsNotFalse()
    {
        var evaluator = new TrackingEvaluator(new EvaluationOptions { CoverageMinDetections = 3 });

        // "rare" is detected twice a minute, "often" every 10 s; each has a track on it.
        for (var k = 0; k <= 12; k++)
        {
            evaluator.AddDetection("often", At(10 * k));
            if (k % 3 == 0)
            {
                evaluator.AddDetection("rare", At(10 * k));
            }

            evaluator.AddFrame(At(10 * k), [Boat("often", 0), Boat("rare", 3000)], [Track(1, 0), Track(2, 3000)]);
        }

        var r = evaluator.Result();

        // "often" counts from its third detection (20 s) on; "rare" only at 60, 90 and 120 s, when its last three
        // detections fit in the minute. Its track is "don't care" the rest of the time, never false.
        Assert.Equal(11 + 3, r.Overall.TruthSamples);
        Assert.Equal(1, r.Overall.Completeness);
        Assert.Equal(0, r.Overall.Spuriousness);
        Assert.Equal(0, r.Overall.Gospa.False, 6);
    }

    [Fact]
    public void TwoTracksSideBySide_KeepTheirTruths_UntilAnotherIsClearlyCloser()
    {
        // Two truths 40 m apart, each with its track; the tracks' errors put each a little nearer the other truth for a
        // few frames. A memoryless pairing would swap them; the kept pairing does not.
        var frames = new List<(double, TruthPoint[], TrackReport[])>();
        for (var k = 0; k < 10; k++)
        {
            var drift = k is >= 3 and < 6 ? 25.0 : 0;
            frames.Add((10 * k, [Boat("a", 0), Boat("b", 40)], [Track(1, drift), Track(2, 40 - drift)]));
        }

        var r = Run([.. frames]);
        Assert.Equal(0, r.Overall.TrackNumberChanges);

        // A track that really moves over to the other truth and stays there does change.
        var swapped = new List<(double, TruthPoint[], TrackReport[])>();
        for (var k = 0; k < 10; k++)
        {
            swapped.Add((10 * k, [Boat("a", 0), Boat("b", 400)], k < 5 ? [Track(1, 0), Track(2, 400)] : [Track(1, 400), Track(2, 0)]));
        }

        Assert.Equal(2, Run([.. swapped]).Overall.TrackNumberChanges);
    }

    [Fact]
    public void TruthsWithoutRecentDetections_AreOutOfCoverage()
    {
        var evaluator = new TrackingEvaluator(OneDetectionCovers);
        evaluator.AddDetection("seen", At(0));
        foreach (var seconds in new[] { 0.0, 30, 60, 90 })
        {
            evaluator.AddFrame(At(seconds), [Boat("seen", 0), Boat("never-seen", 5000)], []);
        }

        var r = evaluator.Result();

        // "seen" counts at 0, 30 and 60 s (the window includes its end), not at 90 s; "never-seen" never counts.
        Assert.True(r.CoverageFromDetections);
        Assert.Equal(3, r.Overall.TruthSamples);
        Assert.Equal(1, r.Overall.TruthCount);
        Assert.Equal(3 * HalfCutoffSquared / 4, r.Overall.Gospa.Missed, 6);
        Assert.Equal(TimeSpan.FromSeconds(90), r.Overall.InCoverageTime);
    }

    [Fact]
    public void WithNoDetectionsAtAll_EveryTruthIsInCoverage()
    {
        var evaluator = new TrackingEvaluator();
        foreach (var seconds in new[] { 0.0, 30, 60, 90 })
        {
            evaluator.AddFrame(At(seconds), [Boat("seen", 0), Boat("never-seen", 5000)], []);
        }

        var r = evaluator.Result();

        Assert.False(r.CoverageFromDetections);
        Assert.Equal(8, r.Overall.TruthSamples);
        Assert.Equal(2, r.Overall.TruthCount);
    }

    [Fact]
    public void FramesBeforeTheFirstDetection_HadNoTruthInCoverage()
    {
        var evaluator = new TrackingEvaluator(OneDetectionCovers);
        evaluator.AddFrame(At(0), [Boat("b", 0)], [Track(1, 0)]);
        evaluator.AddDetection("b", At(5));
        evaluator.AddFrame(At(10), [Boat("b", 0)], [Track(1, 0)]);

        var r = evaluator.Result();

        // At 0 s nothing had been detected yet: the truth did not count, and the track on it was neither credited nor false.
        Assert.True(r.CoverageFromDetections);
        Assert.Equal(1, r.Overall.TruthSamples);
        Assert.Equal(1, r.Overall.Completeness);
        Assert.Equal(0, r.Overall.Spuriousness);
        Assert.Equal(0, r.Overall.Gospa.False, 6);
        Assert.Equal(0, r.SpuriousTrackTimeFraction);
        Assert.Equal(TimeSpan.FromSeconds(5), r.Overall.MedianLatency);
    }

    [Fact]
    public void Latency_RunsFromFirstDetectionToFirstConfirmedTrack_MedianOverTruths()
    {
        var evaluator = new TrackingEvaluator(OneDetectionCovers);
        evaluator.AddDetection("slow", At(0));
        evaluator.AddDetection("quick", At(0));
        evaluator.AddDetection("never", At(0));
        evaluator.AddFrame(At(0), [Boat("slow", 0), Boat("quick", 2000), Boat("never", 4000)], []);
        evaluator.AddDetection("slow", At(10));
        evaluator.AddDetection("quick", At(10));
        evaluator.AddFrame(At(10), [Boat("slow", 0), Boat("quick", 2000)], [Track(1, 0, status: TrackStatus.Tentative), Track(2, 2000)]);
        evaluator.AddFrame(At(20), [Boat("slow", 0), Boat("quick", 2000)], [Track(1, 0, status: TrackStatus.Tentative), Track(2, 2000)]);
        evaluator.AddFrame(At(30), [Boat("slow", 0), Boat("quick", 2000)], [Track(1, 0), Track(2, 2000)]);

        var r = evaluator.Result();

        // quick: 10 s; slow: 30 s (its track was tentative until then); never: no track, so no latency.
        Assert.Equal(2, r.Overall.LatencyCount);
        Assert.Equal(TimeSpan.FromSeconds(20), r.Overall.MedianLatency);
        Assert.Equal(2, r.ByClass[TruthClass.SmallBoat].LatencyCount);
        Assert.Equal(0, r.ByClass[TruthClass.VesselWithAis].LatencyCount);
    }

    [Fact]
    public void LatencyOfACoastingFirstAssignment_WaitsForAConfirmedTrack()
    {
        var r = Run((0, [Boat("b", 0)], [Track(1, 0, status: TrackStatus.Coasting)]), (10, [Boat("b", 0)], [Track(1, 0)]));

        Assert.Equal(TimeSpan.FromSeconds(10), r.Overall.MedianLatency);
    }

    [Fact]
    public void CallsOutOfOrder_OrDuplicateIds_AreRejected()
    {
        var evaluator = new TrackingEvaluator();
        evaluator.AddFrame(At(10), [], []);
        Assert.Throws<ArgumentException>(() => evaluator.AddFrame(At(10), [], []));
        Assert.Throws<ArgumentException>(() => evaluator.AddFrame(At(20), [Boat("b", 0), Boat("b", 10)], []));
        Assert.Throws<ArgumentException>(() => evaluator.AddFrame(At(20), [], [Track(1, 0), Track(1, 10)]));
        evaluator.AddDetection("b", At(30));
        Assert.Throws<ArgumentException>(() => evaluator.AddFrame(At(25), [], []));
        Assert.Throws<ArgumentException>(() => evaluator.AddDetection(" ", At(30)));
        Assert.Equal(1, evaluator.Result().FrameCount);
    }

    [Fact]
    public void Options_AreCheckedWhenSet()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationOptions { CutoffMetres = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationOptions { Order = 0.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationOptions { CoverageWindow = TimeSpan.Zero });
        Assert.Throws<ArgumentException>(() => new TruthPoint("v", TruthClass.VesselWithAis, Plane(0, 0)));
        var defaults = new EvaluationOptions();
        Assert.Equal(500, defaults.CutoffMetres);
        Assert.Equal(2, defaults.Order);
        Assert.Equal(TimeSpan.FromSeconds(60), defaults.CoverageWindow);
    }
}
