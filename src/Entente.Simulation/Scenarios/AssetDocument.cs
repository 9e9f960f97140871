namespace Entente.Simulation.Scenarios;

/// <summary>A patrol or rescue vessel: where it waits, how fast it goes, which transponder it carries.</summary>
internal sealed class AssetDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>patrol or rescue.</summary>
    public string Kind { get; init; } = "rescue";

    /// <summary>The agency that owns it (e.g. rnli, snsm, uk-border-force, marine-nationale).</summary>
    public string? Agency { get; init; }

    /// <summary>Its home: a place id from the geography (a lifeboat station) or a position.</summary>
    public string? Base { get; init; }

    public PositionDocument? BasePosition { get; init; }

    /// <summary>Where a patrol vessel waits at sea; absent for a lifeboat, which waits at its station.</summary>
    public PositionDocument? Station { get; init; }

    public double SpeedKnots { get; init; } = 20;

    /// <summary>A, B or none.</summary>
    public string Ais { get; init; } = "A";

    public int? Mmsi { get; init; }
}
