namespace Entente.Simulation.Scenarios;

/// <summary>Ships: merchant traffic in the TSS lanes, ferries, fishing vessels and the patrol and rescue assets.</summary>
internal sealed class TrafficSection
{
    /// <summary>Merchant ships a day through the Strait, both lanes together.</summary>
    public double MerchantShipsPerDay { get; init; } = 450;

    public RangeDocument MerchantSpeedKnots { get; init; } = new(10, 20);

    /// <summary>Share of merchant ships whose transponder is class B (small coasters, yachts in transit).</summary>
    public double ClassBShare { get; init; } = 0.03;

    public IReadOnlyList<FerryDocument> Ferries { get; init; } = [];

    public int FishingVessels { get; init; }

    public IReadOnlyList<AssetDocument> Assets { get; init; } = [];
}
