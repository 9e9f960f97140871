namespace Entente.Simulation.Scenarios;

/// <summary>A position in a scenario file: WGS84 decimal degrees.</summary>
internal sealed class PositionDocument
{
    public double Lat { get; set; }

    public double Lon { get; set; }
}
