namespace Entente.Simulation.Scenarios;

/// <summary>The sensors: coastal radars, beach sensors, aircraft, AIS receivers, how boats in trouble call, and how the
/// ends of crossings are reported.</summary>
internal sealed class SensorsSection
{
    public IReadOnlyList<RadarDocument> Radars { get; set; } = [];

    public IReadOnlyList<BeachSensorDocument> BeachSensors { get; set; } = [];

    public IReadOnlyList<AircraftDocument> Aircraft { get; set; } = [];

    public IReadOnlyList<AisReceiverDocument> AisReceivers { get; set; } = [];

    public DistressCallsDocument DistressCalls { get; set; } = new();

    public OutcomeReportsDocument OutcomeReports { get; set; } = new();
}
