using Entente.Core.Detections;
using Entente.Simulation.Output;

namespace Entente.Cli.Commands;

/// <summary>
/// A sink whose target is set after the simulator is built, so that a scenario naming an unknown place is refused
/// before any output file is created (or an old one replaced).
/// </summary>
internal sealed class LateBoundSink : ISimulationSink
{
    public ISimulationSink? Target { get; set; }

    public void Truth(TruthRecord record) => Require().Truth(record);

    public void Detection(DetectionRecord record) => Require().Detection(record);

    public void Ais(DateTimeOffset time, string line) => Require().Ais(time, line);

    public void StepCompleted(DateTimeOffset time) => Require().StepCompleted(time);

    private ISimulationSink Require() => Target ?? throw new InvalidOperationException("The sink's target is not set.");
}
