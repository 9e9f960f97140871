using Entente.Tracking.Metrics;
using Entente.Tracking.Trackers;

namespace Entente.Testing.Tracking;

/// <summary>How a tracker did over one simulated night.</summary>
/// <param name="Evaluation">GOSPA and SIAP against the ground truth (radar coverage from the plots).</param>
/// <param name="RawSmallBoatPlotRmsMetres">The RMS position error of the radar plots of small boats themselves.</param>
/// <param name="LongestSmallBoatClassRun">On a night without small boats the figure that matters: the longest time one
/// track was called a small boat while confirmed or coasting.</param>
/// <param name="Statistics">The tracker's own counters.</param>
/// <param name="SimulatedTime">The night's length.</param>
public sealed record NightScore(TrackingEvaluation Evaluation, double RawSmallBoatPlotRmsMetres, TimeSpan LongestSmallBoatClassRun,
    TrackerStatistics Statistics, TimeSpan SimulatedTime)
{
    /// <summary>The small-boat scores.</summary>
    public EvaluationScores SmallBoats => Evaluation.ByClass[TruthClass.SmallBoat];

    /// <summary>A multi-line summary for test output and benchmark records.</summary>
    /// <returns>The text.</returns>
    public string Describe()
    {
        var b = SmallBoats;
        var v = Evaluation.ByClass[TruthClass.VesselWithAis];
        var o = Evaluation.Overall;
        return FormattableString.Invariant(
            $"""
            GOSPA mean {o.Gospa.DistanceMetres:F1} m (localisation {o.Gospa.Localisation:F0}, missed {o.Gospa.Missed:F0}, false {o.Gospa.False:F0} m²); spuriousness {o.Spuriousness:P2}; spurious track time {Evaluation.SpuriousTrackTimeFraction:P2}
            small boats: {b.TruthCount} in coverage for {b.InCoverageTime.TotalHours:F1} h; completeness {b.Completeness:P2}; median latency {b.MedianLatency?.TotalSeconds:F0} s over {b.LatencyCount}; track-number changes {b.TrackNumberChanges} ({b.TrackNumberChangesPerTenHours:F2} per 10 h); PA {b.PositionalAccuracyMetres:F1} m against raw plots {RawSmallBoatPlotRmsMetres:F1} m; class correct {b.ClassificationAccuracy:P1}
            vessels with AIS: completeness {v.Completeness:P2}; MMSI correct {v.MmsiCorrectness:P2}; class correct {v.ClassificationAccuracy:P1}
            longest small-boat classification of one track {LongestSmallBoatClassRun.TotalMinutes:F1} min; late detections slotted in {Statistics.OutOfSequenceUsed}, dropped {Statistics.LateDetectionsDropped}
            """);
    }
}
