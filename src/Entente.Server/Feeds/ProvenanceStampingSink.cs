using Entente.Core.Detections;
using Entente.Simulation.Output;

namespace Entente.Server.Feeds;

/// <summary>Stamps each simulated detection with its source's provenance (<see cref="SourceReleasability"/>) before
/// the store and the picture see it, so that both hold the same label.</summary>
internal sealed class ProvenanceStampingSink(SourceReleasability sources, ISimulationSink inner) : ISimulationSink
{
    public void Truth(TruthRecord record) => inner.Truth(record);

    public void Detection(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        inner.Detection(record.Provenance is null ? record with { Provenance = sources.Of(record) } : record);
    }

    public void Ais(DateTimeOffset time, string line) => inner.Ais(time, line);

    public void StepCompleted(DateTimeOffset time) => inner.StepCompleted(time);
}
