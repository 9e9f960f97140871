namespace Entente.Tracking.Tracks;

/// <summary>What a track is taken to be.</summary>
public enum TrackClass
{
    /// <summary>Not known yet, or a vessel without AIS that is not a small boat.</summary>
    Unknown,

    /// <summary>A vessel that AIS identifies.</summary>
    VesselWithAis,

    /// <summary>A small boat without AIS.</summary>
    SmallBoat,
}
