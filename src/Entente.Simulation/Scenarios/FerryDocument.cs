namespace Entente.Simulation.Scenarios;

/// <summary>A ferry service: its route and how many vessels shuttle on it.</summary>
internal sealed class FerryDocument
{
    /// <summary>dover-calais or dover-dunkirk.</summary>
    public string? Route { get; set; }

    public int Vessels { get; set; } = 2;

    public double SpeedKnots { get; set; } = 20;

    public double TurnaroundMinutes { get; set; } = 50;
}
