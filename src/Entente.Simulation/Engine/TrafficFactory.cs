using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the scenario's ships: merchant traffic, ferries, fishing vessels, patrol and rescue assets.</summary>
internal static class TrafficFactory
{
    public static void Build(SimulationWorld world, List<IWorldProcess> processes)
    {
        _ = world;
        _ = processes;
    }
}
