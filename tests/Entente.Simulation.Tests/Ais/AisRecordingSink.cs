using Entente.Core.Detections;
using Entente.Simulation.Output;

namespace Entente.Simulation.Tests.Ais;

/// <summary>Keeps the AIS lines a run produces, in the order the sink is given them.</summary>
internal sealed class AisRecordingSink : ISimulationSink
{
    public List<(DateTimeOffset Time, string Line)> Lines { get; } = [];

    public void Truth(TruthRecord record)
    {
    }

    public void Detection(DetectionRecord record)
    {
    }

    public void Ais(DateTimeOffset time, string line) => Lines.Add((time, line));

    public void StepCompleted(DateTimeOffset time)
    {
    }
}
