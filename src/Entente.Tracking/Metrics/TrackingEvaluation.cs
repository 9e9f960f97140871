namespace Entente.Tracking.Metrics;

/// <summary>The result of <see cref="TrackingEvaluator"/>: scores over all truths and per truth class.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TrackingEvaluation
{
    /// <summary>The settings the run was scored with.</summary>
    public required EvaluationOptions Options { get; init; }

    /// <summary>Frames scored.</summary>
    public required int FrameCount { get; init; }

    /// <summary>The frame spacing, from the first and last frame (frames are taken as equally spaced); zero with fewer than two.</summary>
    public required TimeSpan FrameInterval { get; init; }

    /// <summary>Whether coverage came from detections; when false, every truth counted as in coverage.</summary>
    public required bool CoverageFromDetections { get; init; }

    /// <summary>Scores over every truth and track.</summary>
    public required EvaluationScores Overall { get; init; }

    /// <summary>Scores per truth class; every class is present.</summary>
    public required IReadOnlyDictionary<TruthClass, EvaluationScores> ByClass { get; init; }

    /// <summary>
    /// Of all scored track time, the fraction belonging to tracks never assigned to any truth in the whole run: wholly
    /// false tracks, unlike <see cref="EvaluationScores.Spuriousness"/>, which also counts real tracks when they stray.
    /// Null when no track was scored.
    /// </summary>
    public required double? SpuriousTrackTimeFraction { get; init; }
}
