namespace Entente.Simulation.Scenarios;

/// <summary>Something that happens to a scripted boat, minutes after its launch.</summary>
internal sealed class BoatEventDocument
{
    /// <summary>engine-failure, engine-restart, swamping, capsize, rescue, intercept, prevented or distress-call.</summary>
    public string? Type { get; set; }

    public double AfterMinutes { get; set; }

    /// <summary>For rescue and intercept: the asset's id, or "nearest".</summary>
    public string? Asset { get; set; }
}
