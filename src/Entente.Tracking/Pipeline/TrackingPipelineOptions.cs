using Entente.Tracking.Classification;
using Entente.Tracking.Deleters;
using Entente.Tracking.Fusion;
using Entente.Tracking.Gaters;
using Entente.Tracking.Hypothesisers;
using Entente.Tracking.Initiators;
using Entente.Tracking.Trackers;

namespace Entente.Tracking.Pipeline;

/// <summary>
/// Which component fills each role of a tracking pipeline, and the settings of each. Every field has a default, so an
/// empty record gives the standard pipeline; plain settable names, so that it can be bound from a configuration section.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TrackingPipelineOptions
{
    /// <summary>The motion model and filter: <c>cv</c> (one nearly-constant-velocity Kalman filter) or <c>imm</c>
    /// (interacting multiple models: quiet and manoeuvring).</summary>
    public string Motion { get; init; } = "cv";

    /// <summary>Acceleration noise density of the <c>cv</c> model, m²/s³. 0.3 lets a track follow a boat that slows,
    /// turns or drifts and a ship that alters course; on the simulated nights it gave the fewest false and duplicate tracks
    /// (0.03, 0.1 and 0.6 were worse: bench/results/2026-11-22-tracking.md).</summary>
    public double ProcessNoiseDensity { get; init; } = 0.3;

    /// <summary>The settings of the <c>imm</c> motion.</summary>
    public ImmMotionOptions Imm { get; init; } = new();

    /// <summary>The candidate gater: <c>spatial-grid</c> or <c>all-pairs</c>.</summary>
    public string Gater { get; init; } = "spatial-grid";

    /// <summary>The gaters' settings.</summary>
    public DistanceGateOptions DistanceGate { get; init; } = new();

    /// <summary>The hypothesiser's settings (χ² gate and likelihood cost).</summary>
    public LikelihoodHypothesiserOptions Hypothesiser { get; init; } = new();

    /// <summary>The data associator: <c>gnn</c> (global nearest neighbour) or <c>greedy</c>.</summary>
    public string Associator { get; init; } = "gnn";

    /// <summary>The initiator: <c>m-of-n</c> or <c>single-point</c>.</summary>
    public string Initiator { get; init; } = "m-of-n";

    /// <summary>The initiator's settings.</summary>
    public MOfNInitiatorOptions MOfN { get; init; } = new();

    /// <summary>The deleter: <c>update-time</c> or <c>covariance</c>.</summary>
    public string Deleter { get; init; } = "update-time";

    /// <summary>The <c>update-time</c> deleter's settings.</summary>
    public UpdateTimeDeleterOptions UpdateTime { get; init; } = new();

    /// <summary>The <c>covariance</c> deleter's settings.</summary>
    public CovarianceDeleterOptions Covariance { get; init; } = new();

    /// <summary>The classifier: <c>evidence</c> or <c>ais-only</c>.</summary>
    public string Classifier { get; init; } = "evidence";

    /// <summary>The <c>evidence</c> classifier's settings.</summary>
    public EvidenceClassifierOptions Evidence { get; init; } = new();

    /// <summary>AIS identity fusion's settings.</summary>
    public AisIdentityOptions Identity { get; init; } = new();

    /// <summary>The tracker's own settings.</summary>
    public MultiTargetTrackerOptions Tracker { get; init; } = new();
}
