namespace Entente.Simulation.Scenarios;

/// <summary>A shore AIS receiver: where it is, how far it hears, how many messages it loses.</summary>
internal sealed class AisReceiverDocument
{
    public string? Id { get; init; }

    /// <summary>A geography place id, or use <see cref="Position"/>.</summary>
    public string? Site { get; init; }

    public PositionDocument? Position { get; init; }

    public double RangeMetres { get; init; } = 74_000;

    /// <summary>Share of messages lost (slot collisions, fading).</summary>
    public double MessageLossProbability { get; init; } = 0.05;
}
