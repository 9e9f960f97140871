using Entente.Core.Detections;
using Entente.Simulation.Output;

namespace Entente.Simulation.Tests.Scenarios;

/// <summary>Keeps every output of a run in memory.</summary>
internal sealed class MemorySink : ISimulationSink
{
    public List<TruthRecord> Truth { get; } = [];

    public List<DetectionRecord> Detections { get; } = [];

    public List<(DateTimeOffset Time, string Line)> AisLines { get; } = [];

    void ISimulationSink.Truth(TruthRecord record) => Truth.Add(record);

    public void Detection(DetectionRecord record) => Detections.Add(record);

    public void Ais(DateTimeOffset time, string line) => AisLines.Add((time, line));

    public void StepCompleted(DateTimeOffset time)
    {
    }
}
