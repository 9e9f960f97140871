using Entente.Core.Detections;
using Entente.Simulation.Output;
using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Sensors;

/// <summary>Steps a test world as the simulator does (steer, observe, flush, move), and checks that every detection
/// falls inside the step that produced it.</summary>
internal static class SensorRun
{
    public static List<DetectionRecord> Steps(SimulationWorld world, IReadOnlyList<ISensorModel> sensors, int steps,
        Action<SimulationWorld>? afterObserve = null)
    {
        var sink = new CollectingSink();
        var output = new StepOutput();
        var step = TimeSpan.FromTicks((long)Math.Round(world.StepSeconds * TimeSpan.TicksPerSecond));
        for (var n = 0; n < steps; n++)
        {
            world.Commit();
            foreach (var item in world.Objects.Where(o => !o.Removed))
            {
                item.Behaviour?.Steer(item, world);
            }

            foreach (var sensor in sensors)
            {
                sensor.Observe(world, output);
            }

            afterObserve?.Invoke(world);
            var before = sink.Detections.Count;
            output.Flush(sink);
            for (var i = before; i < sink.Detections.Count; i++)
            {
                var time = sink.Detections[i].Time;
                Assert.True(time >= world.Time && time < world.Time + step, $"A detection at {time:O} is outside the step from {world.Time:O}.");
            }

            foreach (var item in world.Objects.Where(o => !o.Removed))
            {
                item.Move(world.StepSeconds);
            }

            world.Time += step;
        }

        return sink.Detections;
    }
}
