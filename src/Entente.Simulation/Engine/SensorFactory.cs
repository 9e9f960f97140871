using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the scenario's sensors, in a fixed order (radars, beach sensors, aircraft, AIS receivers, distress calls).</summary>
internal static class SensorFactory
{
    public static IReadOnlyList<ISensorModel> Build(SimulationWorld world)
    {
        var sensors = new List<ISensorModel>();
        _ = world;
        AisReceiverFactory.Build(world, sensors);
        DistressCallFactory.Build(world, sensors);
        return sensors;
    }
}
