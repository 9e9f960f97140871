namespace Entente.Simulation.Scenarios;

/// <summary>A patrol or rescue vessel: where it waits, how fast it goes, which transponder it carries.</summary>
internal sealed class AssetDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>patrol or rescue.</summary>
    public string Kind { get; set; } = "rescue";

    /// <summary>The agency that owns it (e.g. rnli, snsm, uk-border-force, marine-nationale).</summary>
    public string? Agency { get; set; }

    /// <summary>Its home: a place id from the geography (a lifeboat station) or a position.</summary>
    public string? Base { get; set; }

    public PositionDocument? BasePosition { get; set; }

    /// <summary>Where a patrol vessel waits at sea; absent for a lifeboat, which waits at its station.</summary>
    public PositionDocument? Station { get; set; }

    public double SpeedKnots { get; set; } = 20;

    /// <summary>A, B or none.</summary>
    public string Ais { get; set; } = "A";

    public int? Mmsi { get; set; }
}
