namespace Entente.Simulation.Scenarios;

/// <summary>A ferry service: its route and how many vessels shuttle on it.</summary>
internal sealed class FerryDocument
{
    /// <summary>dover-calais or dover-dunkirk.</summary>
    public string? Route { get; init; }

    public int Vessels { get; init; } = 2;

    public double SpeedKnots { get; init; } = 20;

    public double TurnaroundMinutes { get; init; } = 50;
}
