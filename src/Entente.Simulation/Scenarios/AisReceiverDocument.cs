namespace Entente.Simulation.Scenarios;

/// <summary>A shore AIS receiver: where it is, how far it hears, how many messages it loses.</summary>
internal sealed class AisReceiverDocument
{
    public string? Id { get; set; }

    /// <summary>A geography place id, or use <see cref="Position"/>.</summary>
    public string? Site { get; set; }

    public PositionDocument? Position { get; set; }

    public double RangeMetres { get; set; } = 74_000;

    /// <summary>Share of messages lost (slot collisions, fading).</summary>
    public double MessageLossProbability { get; set; } = 0.05;
}
