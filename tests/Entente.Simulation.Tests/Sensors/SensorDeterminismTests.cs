using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Sensors;

public sealed class SensorDeterminismTests
{
    private const string Sensors =
        """
        {
          "radars": [ { "id": "radar-gn", "site": "radar-gris-nez", "clutterPlotsPerScan": 1 } ],
          "beachSensors": [ { "beaches": ["beach-wimereux"], "falseAlarmsPerHour": 30 } ],
          "aircraft": [ { "id": "plane-1", "orbitCentre": { "lat": 50.85, "lon": 1.45 }, "orbitRadiusMetres": 4000,
                          "onStationMinutes": 2, "offStationMinutes": 12, "lookIntervalSeconds": 10 } ]
        }
        """;

    private static (List<string> SensorIds, List<DetectionRecord> Detections) Run(long seed)
    {
        var world = SensorTestWorld.Create(Sensors, seaState: 3, seed: seed);
        var sensors = SensorTestWorld.Configured(world);
        var beach = world.PlacePosition("beach-wimereux", "test");
        var site = world.PlacePosition("radar-gris-nez", "test");
        SensorTestWorld.Add(world, "ashore", ObjectKind.SmallBoat, beach, state: ObjectState.Ashore);
        for (var i = 0; i < 8; i++)
        {
            SensorTestWorld.Add(world, "boat" + i, ObjectKind.SmallBoat, Geodesic.Direct(site, 200 + (i * 10), 6_000 + (i * 1_500)).Position, 3, 300 + i);
        }

        SensorTestWorld.Add(world, "piw", ObjectKind.PeopleInWater, GeoPosition.FromDegrees(50.85, 1.45), state: ObjectState.InWater);
        return (sensors.Select(s => s.Id).ToList(), SensorRun.Steps(world, sensors, 900));
    }

    [Fact]
    public void TheSameSeed_GivesTheSameDetections()
    {
        var first = Run(7);
        var second = Run(7);
        var other = Run(8);

        Assert.Equal(["radar-gn", "ground-beach-wimereux", "plane-1"], first.SensorIds);
        // Every kind of output takes part: radar plots and clutter, ground and aerial detections.
        Assert.Contains(first.Detections, d => d.Kind == DetectionKind.Radar && d.TruthId is not null);
        Assert.Contains(first.Detections, d => d.Kind == DetectionKind.Radar && d.TruthId is null);
        Assert.Contains(first.Detections, d => d.Kind == DetectionKind.Ground);
        Assert.Contains(first.Detections, d => d.Kind == DetectionKind.Aerial);
        Assert.Equal(first.Detections, second.Detections);
        Assert.NotEqual(first.Detections, other.Detections);
    }
}
