namespace Entente.Tracking.Trackers;

/// <summary>The settings of <see cref="MultiTargetTracker"/>, with defaults for the Strait's radars (a scan every 3 s).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TrackerOptions
{
    /// <summary>Acceleration noise density of the constant-velocity model, m²/s³.</summary>
    public double ProcessNoiseDensity { get; init; } = 0.1;

    /// <summary>The χ² gate on the normalised innovation squared (13.8: 99.9% for two dimensions).</summary>
    public double GateNis { get; init; } = 13.8;

    /// <summary>Coarse gate before the χ² test: the most a target can be from its track's extrapolated position, metres.</summary>
    public double CoarseGateMetres { get; init; } = 1_500;

    /// <summary>Initial one-sigma speed uncertainty of a new track, m/s (ships reach 10 m/s).</summary>
    public double InitialSpeedSigmaMetresPerSecond { get; init; } = 8;

    /// <summary>Detections that confirm a tentative track (the M of M-of-N).</summary>
    public int ConfirmationHits { get; init; } = 4;

    /// <summary>A tentative track faster than this is not confirmed: clutter lined up by chance often looks fast (20 m/s is
    /// about 39 kn, beyond any ship in the Strait).</summary>
    public double MaxSpeedMetresPerSecond { get; init; } = 20;

    /// <summary>Within how long of its start a tentative track must reach <see cref="ConfirmationHits"/> (the N of M-of-N, as time).</summary>
    public TimeSpan ConfirmationWindow { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A tentative track not updated for this long dies: false tracks must die quickly.</summary>
    public TimeSpan TentativeTimeout { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>A confirmed track not updated for this long is coasting.</summary>
    public TimeSpan CoastAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A coasting track not updated for this long is deleted.</summary>
    public TimeSpan DeleteAfter { get; init; } = TimeSpan.FromMinutes(2);
}
