using Entente.Core.Detections;
using Entente.Simulation.Output;

namespace Entente.Server.Feeds;

/// <summary>Passes the simulator's output on, except while <see cref="Skipping"/>: the skipped start of a night is
/// simulated (ships move on, boats get ready) but nothing is sensed, stored or pictured.</summary>
internal sealed class SkippingSink(ISimulationSink inner) : ISimulationSink
{
    /// <summary>Whether output is dropped. Set and read on the simulator's thread.</summary>
    public bool Skipping { get; set; }

    public void Truth(TruthRecord record)
    {
        if (!Skipping)
        {
            inner.Truth(record);
        }
    }

    public void Detection(DetectionRecord record)
    {
        if (!Skipping)
        {
            inner.Detection(record);
        }
    }

    public void Ais(DateTimeOffset time, string line)
    {
        if (!Skipping)
        {
            inner.Ais(time, line);
        }
    }

    public void StepCompleted(DateTimeOffset time)
    {
        if (!Skipping)
        {
            inner.StepCompleted(time);
        }
    }
}
