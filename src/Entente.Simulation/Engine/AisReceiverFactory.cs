using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the scenario's shore AIS receivers.</summary>
internal static class AisReceiverFactory
{
    public static void Build(SimulationWorld world, List<ISensorModel> sensors)
    {
        _ = world;
        _ = sensors;
    }
}
