namespace Entente.Simulation.Scenarios;

/// <summary>The sensors: coastal radars, beach sensors, aircraft, AIS receivers, and how boats in trouble call.</summary>
internal sealed class SensorsSection
{
    public IReadOnlyList<RadarDocument> Radars { get; init; } = [];

    public IReadOnlyList<BeachSensorDocument> BeachSensors { get; init; } = [];

    public IReadOnlyList<AircraftDocument> Aircraft { get; init; } = [];

    public IReadOnlyList<AisReceiverDocument> AisReceivers { get; init; } = [];

    public DistressCallsDocument DistressCalls { get; init; } = new();
}
