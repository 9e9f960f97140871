using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Sensors;

public sealed class AerialPatrolTests
{
    private static readonly GeoPosition Centre = GeoPosition.FromDegrees(50.95, 1.45);
    private static readonly DateTimeOffset OnStation = SensorTestWorld.Start.AddMinutes(10);
    private static readonly DateTimeOffset OffStation = SensorTestWorld.Start.AddMinutes(40);

    private static string Aircraft(string extra = "") =>
        "{ \"aircraft\": [ { \"id\": \"plane-1\", \"name\": \"Test plane\", \"orbitCentre\": { \"lat\": 50.95, \"lon\": 1.45 }, " +
        "\"orbitRadiusMetres\": 5000, \"speedKnots\": 140, \"onStationMinutes\": 10, \"offStationMinutes\": 40, " +
        "\"footprintRadiusMetres\": 6000, \"lookIntervalSeconds\": 20, \"detectionProbability\": 0.8, \"sigmaMetres\": 60, " +
        "\"peopleCountSigmaFraction\": 0.2" + (extra.Length > 0 ? ", " + extra : string.Empty) + " } ] }";

    private static GeoPosition East(double metres) => Geodesic.Direct(Centre, 90, metres).Position;

    [Fact]
    public void TheAircraft_FliesItsOrbitOnlyWhileOnStation()
    {
        var world = SensorTestWorld.Create(Aircraft());
        var sensors = SensorTestWorld.Configured(world);
        var centre = ChannelProjection.Project(Centre);
        var seen = new List<(DateTimeOffset Time, ObjectState State, double FromCentreMetres, double Knots, bool Removed)>();

        SensorRun.Steps(world, sensors, 3_000, w =>
        {
            var plane = w.Find("plane-1")!;
            seen.Add((w.Time, plane.State, plane.Point.PlanarDistanceMetres(centre), plane.SpeedKnots, plane.Removed));
        });

        var plane = world.Find("plane-1")!;
        Assert.Equal(ObjectKind.Aircraft, plane.Kind);
        Assert.Equal("Test plane", plane.Name);
        Assert.All(seen.Where(s => s.Time < OnStation), s => Assert.Equal((ObjectState.Ashore, 0.0, false), (s.State, s.FromCentreMetres, s.Removed)));
        Assert.All(seen.Where(s => s.Time >= OnStation && s.Time < OffStation), s =>
        {
            Assert.Equal(ObjectState.Underway, s.State);
            Assert.InRange(s.FromCentreMetres, 4_999, 5_001);
            Assert.InRange(s.Knots, 139, 141);
        });
        Assert.All(seen.Where(s => s.Time >= OffStation), s => Assert.Equal((ObjectState.Departed, true), (s.State, s.Removed)));
    }

    [Fact]
    public void Detections_OnlyWhileOnStation_AndInsideTheFootprint()
    {
        var world = SensorTestWorld.Create(Aircraft());
        var patrol = Assert.IsType<AerialPatrol>(Assert.Single(SensorTestWorld.Configured(world)));
        SensorTestWorld.Add(world, "centre", ObjectKind.SmallBoat, Centre);
        SensorTestWorld.Add(world, "water", ObjectKind.PeopleInWater, Centre, state: ObjectState.InWater);
        // The aircraft is 5 km from the centre, so a boat 10.5 km out is sometimes within 6 km of it and sometimes not.
        SensorTestWorld.Add(world, "edge", ObjectKind.SmallBoat, East(10_500));
        SensorTestWorld.Add(world, "far", ObjectKind.SmallBoat, East(25_000));
        SensorTestWorld.Add(world, "ashore", ObjectKind.SmallBoat, Centre, state: ObjectState.Ashore);
        SensorTestWorld.Add(world, "fishing", ObjectKind.Fishing, Centre);

        var detections = SensorRun.Steps(world, [patrol], 3_600);

        Assert.Equal(["centre", "edge", "water"], detections.Select(d => d.TruthId!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(detections, d =>
        {
            Assert.Equal(DetectionKind.Aerial, d.Kind);
            Assert.Equal("plane-1", d.Sensor);
            Assert.Equal(60, d.SigmaMetres);
            Assert.InRange(d.Time, OnStation, OffStation.AddTicks(-1));
            var truth = ChannelProjection.Project(d.TruthId == "edge" ? East(10_500) : Centre);
            Assert.InRange(truth.PlanarDistanceMetres(patrol.Orbit.PointAt(d.Time)), 0, 6_000);
        });
        // 90 looks on station at 0.8: about 72 detections of a boat that is always in view.
        Assert.InRange(detections.Count(d => d.TruthId == "centre"), 55, 88);
        Assert.InRange(detections.Count(d => d.TruthId == "edge"), 3, 60);
    }

    [Fact]
    public void PeopleCounts_ScatterAroundTheTruth_WithTheConfiguredFraction()
    {
        var world = SensorTestWorld.Create(Aircraft("\"footprintRadiusMetres\": 30000"));
        var sensors = SensorTestWorld.Configured(world);
        for (var i = 0; i < 30; i++)
        {
            var boat = SensorTestWorld.Add(world, "b" + i, ObjectKind.SmallBoat, Centre, 3, i * 12);
            boat.People = 50;
        }

        var detections = SensorRun.Steps(world, sensors, 2_400);

        Assert.True(detections.Count > 1_500, $"only {detections.Count}");
        var people = SampleStatistics.Of(detections.Select(d => (d.People!.Value / 50.0) - 1).ToList());
        Assert.InRange(people.Mean, -0.02, 0.02);
        Assert.InRange(people.Sigma, 0.18, 0.22);
        // Motion is reported from the true velocity: 3 m/s is 5.83 knots.
        var knots = UnitConversions.MetresPerSecondToKnots(3);
        Assert.InRange(detections.Average(d => d.SpeedKnots!.Value), knots - 0.1, knots + 0.1);
        Assert.All(detections, d => Assert.NotNull(d.CourseDegrees));
    }

    [Fact]
    public void PoorVisibility_HalvesTheChanceOfDetection()
    {
        int Count(double visibilityNauticalMiles)
        {
            var world = SensorTestWorld.Create(Aircraft(), visibilityNauticalMiles: visibilityNauticalMiles);
            var sensors = SensorTestWorld.Configured(world);
            for (var i = 0; i < 20; i++)
            {
                SensorTestWorld.Add(world, "b" + i, ObjectKind.SmallBoat, Centre);
            }

            return SensorRun.Steps(world, sensors, 2_400).Count;
        }

        var clear = Count(10);
        var fog = Count(0.5);
        Assert.InRange(clear / (90.0 * 20), 0.75, 0.85);
        Assert.InRange(fog / (double)clear, 0.42, 0.58);
    }
}
