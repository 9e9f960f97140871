namespace Entente.Tracking.Initiators;

/// <summary>The settings of <see cref="MOfNInitiator"/>, with defaults for radars that scan every 3 s.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record MOfNInitiatorOptions
{
    /// <summary>Detections that confirm a tentative track (the M of M-of-N).</summary>
    public int ConfirmationHits { get; init; } = 4;

    /// <summary>Within how long of its start a tentative track must reach <see cref="ConfirmationHits"/> (the N of
    /// M-of-N, as time; about seven scans).</summary>
    public TimeSpan ConfirmationWindow { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>AIS reports that confirm a track on their own: a transponder says who it is, so two agreeing reports are
    /// enough, however far apart (a class B set reports every 30 s).</summary>
    public int AisConfirmationReports { get; init; } = 2;

    /// <summary>A tentative track faster than this is not confirmed: clutter lined up by chance often looks fast
    /// (20 m/s is about 39 kn, beyond any ship in the Strait).</summary>
    public double MaxSpeedMetresPerSecond { get; init; } = 20;

    /// <summary>Initial one-sigma speed uncertainty of a track started without a velocity, m/s (ships reach 10 m/s).</summary>
    public double InitialSpeedSigmaMetresPerSecond { get; init; } = 8;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (ConfirmationHits < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ConfirmationHits), ConfirmationHits, "At least one detection must confirm a track.");
        }

        if (AisConfirmationReports < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(AisConfirmationReports), AisConfirmationReports, "At least one report must confirm a track.");
        }

        if (ConfirmationWindow <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ConfirmationWindow), ConfirmationWindow, "The confirmation window must be positive.");
        }

        if (!double.IsFinite(MaxSpeedMetresPerSecond) || MaxSpeedMetresPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSpeedMetresPerSecond), MaxSpeedMetresPerSecond, "The speed cap must be positive.");
        }

        if (!double.IsFinite(InitialSpeedSigmaMetresPerSecond) || InitialSpeedSigmaMetresPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialSpeedSigmaMetresPerSecond), InitialSpeedSigmaMetresPerSecond, "The initial speed sigma must be positive.");
        }
    }
}
