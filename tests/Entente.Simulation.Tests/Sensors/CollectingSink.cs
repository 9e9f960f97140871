using Entente.Core.Detections;
using Entente.Simulation.Output;

namespace Entente.Simulation.Tests.Sensors;

/// <summary>Keeps the detections it is given.</summary>
internal sealed class CollectingSink : ISimulationSink
{
    public List<DetectionRecord> Detections { get; } = [];

    public void Truth(TruthRecord record)
    {
    }

    public void Detection(DetectionRecord record) => Detections.Add(record);

    public void Ais(DateTimeOffset time, string line)
    {
    }

    public void StepCompleted(DateTimeOffset time)
    {
    }
}
