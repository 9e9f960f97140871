using Entente.Tracking.Tracks;

namespace Entente.Tracking.Metrics;

/// <summary>How a track's reported class is compared with a truth's class.</summary>
public static class TruthClasses
{
    /// <summary>
    /// The truth class a reported track class claims: small-boat is <see cref="TruthClass.SmallBoat"/>, vessel-ais is
    /// <see cref="TruthClass.VesselWithAis"/>, and unknown is <see cref="TruthClass.VesselWithoutAis"/>, since a contact
    /// with no AIS that is not called a small boat is, by elimination, a vessel without AIS.
    /// </summary>
    /// <param name="reported">The class a track reports.</param>
    /// <returns>The truth class it corresponds to.</returns>
    public static TruthClass FromTrackClass(TrackClass reported) => reported switch
    {
        TrackClass.SmallBoat => TruthClass.SmallBoat,
        TrackClass.VesselWithAis => TruthClass.VesselWithAis,
        TrackClass.Unknown => TruthClass.VesselWithoutAis,
        _ => throw new ArgumentOutOfRangeException(nameof(reported), reported, "Unknown track class."),
    };
}
