using Entente.Core.Detections;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Sensors;

public sealed class SimulatorSensorsTests
{
    private sealed class TruthSink : ISimulationSink
    {
        public List<TruthRecord> Truths { get; } = [];

        public List<DetectionRecord> Detections { get; } = [];

        public void Truth(TruthRecord record) => Truths.Add(record);

        public void Detection(DetectionRecord record) => Detections.Add(record);

        public void Ais(DateTimeOffset time, string line)
        {
        }

        public void StepCompleted(DateTimeOffset time)
        {
        }
    }

    [Fact]
    public void TheSimulator_RunsTheSensors_AndRecordsTheAircraftTrack()
    {
        const string json =
            """
            {
              "name": "t", "start": "2026-11-21T20:00:00Z", "durationHours": 0.5,
              "environment": { "seaState": 3 },
              "sensors": {
                "radars": [ { "id": "radar-smb", "site": "radar-st-margarets-bay" } ],
                "beachSensors": [ { "beaches": ["beach-wimereux"], "falseAlarmsPerHour": 20 } ],
                "aircraft": [ { "id": "plane-1", "orbitCentre": { "lat": 50.95, "lon": 1.45 }, "onStationMinutes": 5, "offStationMinutes": 20 } ]
              }
            }
            """;
        var sink = new TruthSink();
        var simulator = new Simulator(Scenario.Parse(json, "test"), SensorTestWorld.Channel, sink);

        simulator.Run(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(sink.Detections, d => d.Sensor == "radar-smb");
        Assert.Contains(sink.Detections, d => d.Sensor == "ground-beach-wimereux");
        Assert.Equal(sink.Detections.OrderBy(d => d.Time).Select(d => d.Time), sink.Detections.Select(d => d.Time));
        var plane = sink.Truths.Where(t => t.Id == "plane-1").ToList();
        Assert.Contains(plane, t => t.State == ObjectState.Ashore);
        Assert.Contains(plane, t => t.State == ObjectState.Underway);
        Assert.Equal(ObjectState.Departed, plane[^1].State);
        Assert.True(plane[^1].Time < simulator.Scenario.End.AddMinutes(-5), "the aircraft is dropped after its last record");
    }
}
