namespace Entente.Tracking.Metrics;

/// <summary>
/// What a ground-truth object is, for scoring tracks per kind of target: the classes the evaluation reports separately
/// (<see cref="TrackingEvaluator"/>).
/// </summary>
public enum TruthClass
{
    /// <summary>A small boat carrying people across, without AIS.</summary>
    SmallBoat,

    /// <summary>A vessel that transmits AIS: it has an MMSI.</summary>
    VesselWithAis,

    /// <summary>A vessel without AIS (or not transmitting): seen by radar only.</summary>
    VesselWithoutAis,
}
