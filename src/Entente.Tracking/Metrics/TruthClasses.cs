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

    /// <summary>
    /// The class a ground-truth object is scored in, from its kind and state as the truth format names them
    /// (docs/formats/truth.md); null when it is not scored: aircraft, people in the water (no radar sees a head in the
    /// water), and objects ashore, landed, prevented, departed or rescued.
    /// </summary>
    /// <param name="kind">The truth's <c>kind</c>, e.g. <c>small-boat</c>.</param>
    /// <param name="state">The truth's <c>state</c>, e.g. <c>underway</c>.</param>
    /// <param name="hasMmsi">Whether it carries an MMSI.</param>
    /// <returns>Its class, or null.</returns>
    public static TruthClass? FromTruth(string kind, string state, bool hasMmsi) => (kind, state) switch
    {
        ("aircraft" or "people-in-water", _) => null,
        (_, "ashore" or "landed" or "prevented" or "departed" or "rescued") => null,
        ("small-boat", _) => TruthClass.SmallBoat,
        _ => hasMmsi ? TruthClass.VesselWithAis : TruthClass.VesselWithoutAis,
    };
}
