namespace Entente.Simulation.Scenarios;

/// <summary>The sensors: coastal radars, beach sensors, aircraft, AIS receivers, and how boats in trouble call.</summary>
internal sealed class SensorsSection
{
    public IReadOnlyList<RadarDocument> Radars { get; set; } = [];

    public IReadOnlyList<BeachSensorDocument> BeachSensors { get; set; } = [];

    public IReadOnlyList<AircraftDocument> Aircraft { get; set; } = [];

    public IReadOnlyList<AisReceiverDocument> AisReceivers { get; set; } = [];

    public DistressCallsDocument DistressCalls { get; set; } = new();
}
