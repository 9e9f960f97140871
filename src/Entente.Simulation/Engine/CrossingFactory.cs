using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the scenario's small-boat crossings, scripted and random.</summary>
internal static class CrossingFactory
{
    public static void Build(SimulationWorld world, List<IWorldProcess> processes)
    {
        _ = world;
        _ = processes;
    }
}
