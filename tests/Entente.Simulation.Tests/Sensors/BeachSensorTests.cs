using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Geo.Features;
using Entente.Simulation.Engine;
using Entente.Simulation.Scenarios;
using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Sensors;

public sealed class BeachSensorTests
{
    private const string Wimereux = "beach-wimereux";

    private static string Beach(string extra) => "{ \"beachSensors\": [ { \"beaches\": [\"" + Wimereux + "\"], " + extra + " } ] }";

    private static GeoPosition BeachPosition(SimulationWorld world) => world.PlacePosition(Wimereux, "test");

    [Fact]
    public void BoatsAshoreOrJustOff_AreDetected_AndNothingOutOfRange()
    {
        var world = SensorTestWorld.Create(Beach("\"falseAlarmsPerHour\": 0, \"rangeMetres\": 1500, \"sigmaMetres\": 150"));
        var sensor = Assert.IsType<BeachSensor>(Assert.Single(SensorTestWorld.Configured(world)));
        var beach = BeachPosition(world);
        SensorTestWorld.Add(world, "ashore", ObjectKind.SmallBoat, beach, state: ObjectState.Ashore);
        SensorTestWorld.Add(world, "afloat", ObjectKind.SmallBoat, Geodesic.Direct(beach, 270, 800).Position, 0.5, 270);
        SensorTestWorld.Add(world, "offshore", ObjectKind.SmallBoat, Geodesic.Direct(beach, 270, 3_000).Position, 2, 270);
        SensorTestWorld.Add(world, "fishing", ObjectKind.Fishing, Geodesic.Direct(beach, 280, 500).Position);
        SensorTestWorld.Add(world, "landed", ObjectKind.SmallBoat, beach, state: ObjectState.Landed);

        var detections = SensorRun.Steps(world, [sensor], 1_800);

        Assert.Equal("ground-" + Wimereux, sensor.Id);
        Assert.All(detections, d => Assert.Equal(DetectionKind.Ground, d.Kind));
        Assert.All(detections, d => Assert.Equal("ground-" + Wimereux, d.Sensor));
        Assert.Equal(["afloat", "ashore"], detections.Select(d => d.TruthId!).Distinct().Order(StringComparer.Ordinal));
        // Half a chance a minute for 30 minutes: about 21 detections of each.
        var ashore = detections.Where(d => d.TruthId == "ashore").ToList();
        var afloat = detections.Where(d => d.TruthId == "afloat").ToList();
        Assert.InRange(ashore.Count, 8, 40);
        Assert.InRange(afloat.Count, 8, 40);
        // People on the beach are counted roughly (40 ± 30%); afloat, not at all.
        Assert.All(ashore, d => Assert.InRange(d.People!.Value, 28, 52));
        Assert.True(ashore.Select(d => d.People).Distinct().Count() > 3);
        Assert.All(afloat, d => Assert.Null(d.People));
        Assert.All(ashore, d => Assert.InRange(Geodesic.DistanceMetres(beach, d.Position!.Value), 0, 5 * 150));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void TheChanceOfDetectionPerMinute_DoesNotDependOnTheStep(double stepSeconds)
    {
        var world = SensorTestWorld.Create(Beach("\"falseAlarmsPerHour\": 0, \"detectionProbabilityPerMinute\": 0.5"), stepSeconds: stepSeconds);
        var sensors = SensorTestWorld.Configured(world);
        SensorTestWorld.Add(world, "ashore", ObjectKind.SmallBoat, BeachPosition(world), state: ObjectState.Ashore);
        const int minutes = 300;

        var detections = SensorRun.Steps(world, sensors, (int)(minutes * 60 / stepSeconds));

        var minutesWithDetection = detections.Select(d => (int)(d.Time - SensorTestWorld.Start).TotalMinutes).Distinct().Count();
        Assert.InRange(minutesWithDetection / (double)minutes, 0.4, 0.6);
    }

    [Fact]
    public void FalseAlarms_ComeAtTheConfiguredRate_WithinRange()
    {
        var world = SensorTestWorld.Create(Beach("\"falseAlarmsPerHour\": 20, \"rangeMetres\": 1500"), stepSeconds: 10);
        var sensors = SensorTestWorld.Configured(world);
        var beach = BeachPosition(world);

        // 50 hours at 20 an hour: 1,000 expected, standard deviation about 32.
        var detections = SensorRun.Steps(world, sensors, 50 * 360);

        Assert.InRange(detections.Count, 870, 1_130);
        Assert.All(detections, d =>
        {
            Assert.Null(d.TruthId);
            Assert.InRange(Geodesic.DistanceMetres(beach, d.Position!.Value), 0, 1_501);
        });
    }

    [Fact]
    public void AnEmptyList_EquipsEveryLaunchBeach()
    {
        var world = SensorTestWorld.Create("{ \"beachSensors\": [ {} ] }");
        var sensors = SensorTestWorld.Configured(world);

        var beaches = world.Places(FeatureKind.LaunchBeach).Select(f => "ground-" + f.Id).ToList();
        Assert.True(beaches.Count > 10);
        Assert.Equal(beaches, sensors.Select(s => s.Id));
    }

    [Fact]
    public void ABeachWithTwoSensors_OrAnUnknownBeach_IsAScenarioError()
    {
        var twice = SensorTestWorld.Create("{ \"beachSensors\": [ { \"beaches\": [\"beach-wimereux\"] }, { \"beaches\": [\"beach-wimereux\"] } ] }");
        var unknown = SensorTestWorld.Create("{ \"beachSensors\": [ { \"beaches\": [\"beach-nowhere\"] } ] }");

        Assert.Contains("already has a sensor", Assert.Throws<ScenarioException>(() => SensorFactory.Build(twice)).Message, StringComparison.Ordinal);
        Assert.Contains("beach-nowhere", Assert.Throws<ScenarioException>(() => SensorFactory.Build(unknown)).Message, StringComparison.Ordinal);
    }
}
