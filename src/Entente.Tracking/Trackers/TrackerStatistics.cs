namespace Entente.Tracking.Trackers;

/// <summary>What a tracker has done so far, for health pages and benchmark records.</summary>
/// <remarks>Mutable; updated by its tracker's step only.</remarks>
public sealed class TrackerStatistics
{
    /// <summary>Steps taken.</summary>
    public long Steps { get; internal set; }

    /// <summary>Detections received.</summary>
    public long Detections { get; internal set; }

    /// <summary>Detections that updated a track.</summary>
    public long Associated { get; internal set; }

    /// <summary>Detections older than the track they updated (out of sequence), slotted in at their time.</summary>
    public long OutOfSequenceUsed { get; internal set; }

    /// <summary>Detections older than the out-of-sequence window, set aside.</summary>
    public long LateDetectionsDropped { get; internal set; }

    /// <summary>Tracks started.</summary>
    public long TracksStarted { get; internal set; }

    /// <summary>Tracks confirmed.</summary>
    public long TracksConfirmed { get; internal set; }

    /// <summary>Tracks deleted.</summary>
    public long TracksDeleted { get; internal set; }
}
