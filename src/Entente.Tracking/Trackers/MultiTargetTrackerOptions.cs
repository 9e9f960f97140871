namespace Entente.Tracking.Trackers;

/// <summary>The settings of <see cref="MultiTargetTracker"/> itself (each component has its own).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record MultiTargetTrackerOptions
{
    /// <summary>How late a detection may arrive and still be used: it is slotted into each track's history at its own
    /// time and the later updates are applied again. Older ones are counted in
    /// <see cref="TrackerStatistics.LateDetectionsDropped"/>.</summary>
    public TimeSpan OutOfSequenceWindow { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (OutOfSequenceWindow < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(OutOfSequenceWindow), OutOfSequenceWindow, "The window must not be negative.");
        }
    }
}
