using System.Globalization;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Geo.Geography;
using Entente.Simulation.Conditions;
using Entente.Simulation.Engine;
using Entente.Simulation.Scenarios;
using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Sensors;

/// <summary>Small worlds for sensor tests: a scenario with only a sensors section, and objects placed by hand.</summary>
internal static class SensorTestWorld
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 20, 0, 0, TimeSpan.Zero);

    // Loading the geography takes a moment: once for the whole test run.
    private static readonly Lazy<ChannelGeography> Geography = new(ChannelGeography.LoadDefault);

    public static ChannelGeography Channel => Geography.Value;

    public static SimulationWorld Create(string sensorsJson, int seaState = 0, double visibilityNauticalMiles = 10, long seed = 1,
        double stepSeconds = 1)
    {
        var json = string.Create(CultureInfo.InvariantCulture,
            $$"""
            {
              "name": "t", "start": "2026-11-21T20:00:00Z", "durationHours": 1, "seed": {{seed}},
              "stepSeconds": {{stepSeconds}}, "truthIntervalSeconds": {{stepSeconds}},
              "environment": { "seaState": {{seaState}}, "visibilityNauticalMiles": {{visibilityNauticalMiles}} },
              "sensors": {{sensorsJson}}
            }
            """);
        var scenario = Scenario.Parse(json, "test");
        var e = scenario.Document.Environment;
        var environment = new SeaEnvironment(e.WindSpeedKnots, e.WindFromDegrees, e.VisibilityNauticalMiles, e.SeaState,
            new TidalCurrent(e.Tide.MaxSpeedKnots, e.Tide.FloodDirectionDegrees, scenario.Start));
        return new SimulationWorld(scenario, Channel, environment);
    }

    /// <summary>Adds an object that keeps a constant grid velocity.</summary>
    public static SimObject Add(SimulationWorld world, string id, ObjectKind kind, GeoPosition position, double speedMetresPerSecond = 0,
        double gridCourseDegrees = 0, ObjectState state = ObjectState.Underway)
    {
        var point = ChannelProjection.Project(position);
        var item = new SimObject(id, kind, point.EastingMetres, point.NorthingMetres) { State = state, People = 40 };
        item.SetVelocity(gridCourseDegrees, speedMetresPerSecond);
        item.Behaviour = new ConstantVelocity(item.VelocityEastMetresPerSecond, item.VelocityNorthMetresPerSecond);
        world.Add(item);
        return item;
    }

    /// <summary>The sensors the scenario configures, in the factory's order, without the distress-call and outcome-report
    /// models every world has.</summary>
    public static IReadOnlyList<ISensorModel> Configured(SimulationWorld world)
    {
        var all = SensorFactory.Build(world);
        Assert.IsType<DistressCalls>(all[^2]);
        Assert.IsType<OutcomeReports>(all[^1]);
        return [.. all.Take(all.Count - 2)];
    }
}
