namespace Entente.Tracking.Tracks;

/// <summary>
/// What a track is believed to be, as the tracker reports it. The tracks format writes these as <c>unknown</c>,
/// <c>vessel-ais</c> and <c>small-boat</c> (docs/formats/tracks.md).
/// </summary>
public enum TrackClass
{
    /// <summary>Not yet classified: a radar-only contact that is not known to be a small boat.</summary>
    Unknown,

    /// <summary>A vessel identified by its AIS reports (its MMSI is known).</summary>
    VesselWithAis,

    /// <summary>A small boat carrying people across, without AIS.</summary>
    SmallBoat,
}
