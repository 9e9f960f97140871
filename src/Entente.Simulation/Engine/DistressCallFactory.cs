using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the distress-call model (how people on boats in trouble call for help) and the outcome-report model
/// (how the ends of crossings are reported).</summary>
internal static class DistressCallFactory
{
    public static void Build(SimulationWorld world, List<ISensorModel> sensors)
    {
        sensors.Add(new DistressCalls(world.Scenario.Document.Sensors.DistressCalls, world.Random.Fork("distress-calls")));
        if (world.Scenario.Document.Sensors.OutcomeReports is { Enabled: true } outcomes)
        {
            // After the calls, in its own stream, so that turning it on or off changes nothing else drawn.
            sensors.Add(new OutcomeReports(outcomes, world.Random.Fork("outcome-reports")));
        }
    }
}
