namespace Entente.Simulation.Scenarios;

/// <summary>Ships: merchant traffic in the TSS lanes, ferries, fishing vessels and the patrol and rescue assets.</summary>
internal sealed class TrafficSection
{
    /// <summary>Merchant ships a day through the Strait, both lanes together.</summary>
    public double MerchantShipsPerDay { get; set; } = 450;

    public RangeDocument MerchantSpeedKnots { get; set; } = new(10, 20);

    /// <summary>Share of merchant ships whose transponder is class B (small coasters, yachts in transit).</summary>
    public double ClassBShare { get; set; } = 0.03;

    public IReadOnlyList<FerryDocument> Ferries { get; set; } = [];

    public int FishingVessels { get; set; }

    public IReadOnlyList<AssetDocument> Assets { get; set; } = [];
}
