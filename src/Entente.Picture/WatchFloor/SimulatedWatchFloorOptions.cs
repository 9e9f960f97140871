namespace Entente.Picture.WatchFloor;

/// <summary>What simulated watch officers do in a replay of a recording, and after how long; nothing when unset. Never
/// for a live picture, where people do it.</summary>
public sealed record SimulatedWatchFloorOptions
{
    /// <summary>When set, every alert still waiting is acknowledged this long after it was raised.</summary>
    public TimeSpan? AcknowledgeAfter { get; init; }

    /// <summary>When set, each open incident not yet tasked gets the nearest available rescue asset of its coordinating
    /// centre this long after it opened (one that needs no other state's consent where the datum is).</summary>
    public TimeSpan? TaskAfter { get; init; }

    /// <summary>Whether it does anything at all.</summary>
    public bool Active => AcknowledgeAfter is not null || TaskAfter is not null;

    /// <summary>Checks every value.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A delay is negative.</exception>
    public SimulatedWatchFloorOptions Validate()
    {
        if (AcknowledgeAfter < TimeSpan.Zero || TaskAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(AcknowledgeAfter), "Delays cannot be negative.");
        }

        return this;
    }
}
