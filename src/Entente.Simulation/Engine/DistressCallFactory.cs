using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the distress-call model: how people on boats in trouble call for help.</summary>
internal static class DistressCallFactory
{
    public static void Build(SimulationWorld world, List<ISensorModel> sensors) =>
        sensors.Add(new DistressCalls(world.Scenario.Document.Sensors.DistressCalls, world.Random.Fork("distress-calls")));
}
