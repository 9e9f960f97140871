using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the scenario's sensors, in a fixed order (radars, beach sensors, aircraft, AIS receivers, distress calls).</summary>
internal static class SensorFactory
{
    public static IReadOnlyList<ISensorModel> Build(SimulationWorld world)
    {
        var sensors = new List<ISensorModel>();
        var section = world.Scenario.Document.Sensors;
        for (var i = 0; i < section.Radars.Count; i++)
        {
            sensors.Add(CoastalRadar.Create(world, section.Radars[i], i));
        }

        BeachSensor.CreateAll(world, sensors);
        foreach (var aircraft in section.Aircraft)
        {
            // The aircraft joins the world as an object too, so that it has a truth track.
            sensors.Add(AerialPatrol.Create(world, aircraft));
        }

        AisReceiverFactory.Build(world, sensors);
        DistressCallFactory.Build(world, sensors);
        return sensors;
    }
}
