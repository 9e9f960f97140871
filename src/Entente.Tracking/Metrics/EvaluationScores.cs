namespace Entente.Tracking.Metrics;

/// <summary>
/// The scores of a run for one truth class, or for all of them: GOSPA with its decomposition and the SIAP measures
/// (Votruba et al. 2001) with identity, classification and latency. A sample is one object in one frame.
/// </summary>
/// <remarks>
/// Truth-side measures (completeness, track-number changes, positional accuracy, longest segment, MMSI, classification,
/// latency) count in-coverage truths of the class; track-side ones (spuriousness, the false term) count scored tracks
/// whose reported class maps to it (<see cref="TruthClasses.FromTrackClass"/>). A ratio with nothing to divide by is
/// null. This type is immutable and thread-safe.
/// </remarks>
public sealed record EvaluationScores
{
    /// <summary>GOSPA averaged over every frame of the run (frames where the class is absent count as 0).</summary>
    public required MeanGospa Gospa { get; init; }

    /// <summary>Distinct truths that were in coverage at least once.</summary>
    public required int TruthCount { get; init; }

    /// <summary>In-coverage truth samples.</summary>
    public required long TruthSamples { get; init; }

    /// <summary>In-coverage truth samples with a track assigned.</summary>
    public required long AssignedTruthSamples { get; init; }

    /// <summary>SIAP completeness: <see cref="AssignedTruthSamples"/> / <see cref="TruthSamples"/>.</summary>
    public required double? Completeness { get; init; }

    /// <summary>Scored track samples (confirmed or coasting).</summary>
    public required long TrackSamples { get; init; }

    /// <summary>Scored track samples with no truth assigned.</summary>
    public required long SpuriousTrackSamples { get; init; }

    /// <summary>SIAP spuriousness: <see cref="SpuriousTrackSamples"/> / <see cref="TrackSamples"/>.</summary>
    public required double? Spuriousness { get; init; }

    /// <summary>Times the track assigned to a truth changed from one track id to a different one (a gap does not count).</summary>
    public required int TrackNumberChanges { get; init; }

    /// <summary>In-coverage truth time: <see cref="TruthSamples"/> times the frame interval.</summary>
    public required TimeSpan InCoverageTime { get; init; }

    /// <summary>SIAP rate of track-number change: <see cref="TrackNumberChanges"/> per 10 hours of <see cref="InCoverageTime"/>.</summary>
    public required double? TrackNumberChangesPerTenHours { get; init; }

    /// <summary>SIAP positional accuracy: the root mean square distance of assigned pairs, metres.</summary>
    public required double? PositionalAccuracyMetres { get; init; }

    /// <summary>
    /// SIAP longest track segment: for each truth, its longest run of consecutive in-coverage samples assigned to one
    /// track id over its in-coverage samples, averaged over truths.
    /// </summary>
    public required double? LongestSegmentFraction { get; init; }

    /// <summary>Assigned samples of truths with an MMSI (vessels with AIS).</summary>
    public required long MmsiSamples { get; init; }

    /// <summary>Of <see cref="MmsiSamples"/>, the fraction where the track's MMSI is the truth's.</summary>
    public required double? MmsiCorrectness { get; init; }

    /// <summary>Of the assigned samples, the fraction whose track's reported class maps to the truth's class.</summary>
    public required double? ClassificationAccuracy { get; init; }

    /// <summary>Truths that got a confirmed track: how many latencies <see cref="MedianLatency"/> is the median of.</summary>
    public required int LatencyCount { get; init; }

    /// <summary>
    /// Median, over truths, of the time from a truth's first detection (or, when no detections were given, its first
    /// in-coverage frame) to the first frame where a confirmed track is assigned to it.
    /// </summary>
    public required TimeSpan? MedianLatency { get; init; }
}
