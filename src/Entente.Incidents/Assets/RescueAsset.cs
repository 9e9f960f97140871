using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;

namespace Entente.Incidents.Assets;

/// <summary>A rescue or patrol asset that a centre can task: who operates it, for which state, where it is and how fast
/// it goes.</summary>
/// <remarks>Immutable and validated.</remarks>
public sealed record RescueAsset
{
    /// <summary>Creates an asset.</summary>
    /// <param name="id">A stable id, e.g. "rnli-dover-alb".</param>
    /// <param name="name">Its name, e.g. "RNLB Dover".</param>
    /// <param name="kind">What it is.</param>
    /// <param name="nation">The state it belongs to: the United Kingdom or France.</param>
    /// <param name="operatorName">Who operates it, e.g. "RNLI", "SNSM", "UK Border Force".</param>
    /// <param name="position">Where it is.</param>
    /// <param name="speedKnots">Its transit speed, knots; positive.</param>
    /// <param name="mmsi">Its MMSI when it carries AIS, for its live position.</param>
    /// <exception cref="ArgumentException">A value is invalid.</exception>
    public RescueAsset(string id, string name, AssetKind kind, Nations nation, string operatorName, GeoPosition position, double speedKnots,
        Mmsi? mmsi = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        if (nation is not (Nations.UnitedKingdom or Nations.France))
        {
            throw new ArgumentException("An asset belongs to the United Kingdom or France.", nameof(nation));
        }

        if (!double.IsFinite(speedKnots) || speedKnots <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speedKnots), speedKnots, "The speed must be a positive number of knots.");
        }

        Id = id;
        Name = name;
        Kind = kind;
        Nation = nation;
        OperatorName = operatorName;
        Position = position;
        SpeedKnots = speedKnots;
        Mmsi = mmsi;
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>What it is.</summary>
    public AssetKind Kind { get; }

    /// <summary>The state it belongs to.</summary>
    public Nations Nation { get; }

    /// <summary>Who operates it.</summary>
    public string OperatorName { get; }

    /// <summary>Where it is.</summary>
    public GeoPosition Position { get; init; }

    /// <summary>Its transit speed, knots.</summary>
    public double SpeedKnots { get; }

    /// <summary>Its MMSI when it carries AIS.</summary>
    public Mmsi? Mmsi { get; }
}
