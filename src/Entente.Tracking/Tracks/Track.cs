using Entente.Tracking.Types;

namespace Entente.Tracking.Tracks;

/// <summary>One target's track: its estimate, status and update history.</summary>
/// <remarks>Mutable; owned by one tracker and changed only by its step.</remarks>
public sealed class Track
{
    internal Track(long number, GaussianState state)
    {
        Number = number;
        State = state;
        Started = state.Time;
        LastUpdate = state.Time;
        Hits = 1;
    }

    /// <summary>The track number, unique within the tracker, never reused.</summary>
    public long Number { get; }

    /// <summary>The latest estimate.</summary>
    public GaussianState State { get; internal set; }

    /// <summary>Its status.</summary>
    public TrackStatus Status { get; internal set; } = TrackStatus.Tentative;

    /// <summary>When it started.</summary>
    public DateTimeOffset Started { get; }

    /// <summary>When it was last updated by a detection.</summary>
    public DateTimeOffset LastUpdate { get; internal set; }

    /// <summary>When it was confirmed, if it was.</summary>
    public DateTimeOffset? Confirmed { get; internal set; }

    /// <summary>Detections that updated it.</summary>
    public int Hits { get; internal set; }

    /// <summary>Scans in a row without a detection while tentative.</summary>
    public int TentativeMisses { get; internal set; }
}
