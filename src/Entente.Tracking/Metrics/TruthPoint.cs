using Entente.Core.Positions;

namespace Entente.Tracking.Metrics;

/// <summary>One ground-truth object at one instant, as the evaluator scores tracks against it.</summary>
/// <remarks>Every instance is valid: the constructor checks each value. This type is immutable and thread-safe.</remarks>
public sealed record TruthPoint
{
    /// <summary>Creates a validated truth point.</summary>
    /// <param name="id">The object's id, stable for the whole run; not blank.</param>
    /// <param name="truthClass">What the object is.</param>
    /// <param name="position">Where it really is (WGS84).</param>
    /// <param name="mmsi">Its MMSI, 1 to 999,999,999; required for <see cref="TruthClass.VesselWithAis"/>, which has one by definition.</param>
    /// <exception cref="ArgumentException">The id is blank, or a vessel with AIS has no MMSI.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The class is not defined or the MMSI is out of range.</exception>
    public TruthPoint(string id, TruthClass truthClass, GeoPosition position, int? mmsi = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!Enum.IsDefined(truthClass))
        {
            throw new ArgumentOutOfRangeException(nameof(truthClass), truthClass, "Unknown truth class.");
        }

        if (mmsi is < 1 or > Core.Identifiers.Mmsi.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(mmsi), mmsi, "An MMSI is 1 to 999999999.");
        }

        if (truthClass == TruthClass.VesselWithAis && mmsi is null)
        {
            throw new ArgumentException("A vessel with AIS must have its MMSI.", nameof(mmsi));
        }

        Id = id;
        Class = truthClass;
        Position = position;
        Mmsi = mmsi;
    }

    /// <summary>The object's id, stable for the whole run.</summary>
    public string Id { get; }

    /// <summary>What the object is.</summary>
    public TruthClass Class { get; }

    /// <summary>Where it really is (WGS84).</summary>
    public GeoPosition Position { get; }

    /// <summary>Its MMSI, when it transmits AIS.</summary>
    public int? Mmsi { get; }
}
