namespace Entente.Tracking.Tracks;

/// <summary>Where a track is in its life.</summary>
public enum TrackStatus
{
    /// <summary>Started from a detection, not yet confirmed by enough others.</summary>
    Tentative,

    /// <summary>Confirmed: M detections in its first N opportunities.</summary>
    Confirmed,

    /// <summary>Confirmed, but not updated lately; predicted forward until it is updated again or deleted.</summary>
    Coasting,

    /// <summary>Ended.</summary>
    Deleted,
}
