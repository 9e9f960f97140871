namespace Entente.Tracking.Fusion;

/// <summary>The settings of <see cref="AisIdentityFusion"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AisIdentityOptions
{
    /// <summary>Reports in a row from one MMSI that must join a track before it takes that MMSI: one report alongside a
    /// small boat must not name it.</summary>
    public int AttachAfterReports { get; init; } = 2;

    /// <summary>How long a track keeps its MMSI without a report from it while reports from that MMSI are heard
    /// elsewhere. Until then such reports are suspect (a spoofed or wrong position) and are counted, not used; after it
    /// the identity moves (the track had been wrong). Longer than the slowest reporting interval (3 min, moored or slow).</summary>
    public TimeSpan HoldWithoutReports { get; init; } = TimeSpan.FromMinutes(4);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (AttachAfterReports < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(AttachAfterReports), AttachAfterReports, "At least one report must name a track.");
        }

        if (HoldWithoutReports <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(HoldWithoutReports), HoldWithoutReports, "The hold time must be positive.");
        }
    }
}
