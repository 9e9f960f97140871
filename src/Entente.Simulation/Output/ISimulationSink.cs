using Entente.Core.Detections;

namespace Entente.Simulation.Output;

/// <summary>
/// Where a simulation's outputs go: files (<see cref="DirectorySink"/>), the live server, or a test. Calls come in time
/// order within each output, one step at a time, from one thread.
/// </summary>
public interface ISimulationSink
{
    /// <summary>An object's true state.</summary>
    /// <param name="record">The record.</param>
    void Truth(TruthRecord record);

    /// <summary>A sensor detection or a distress report.</summary>
    /// <param name="record">The record.</param>
    void Detection(DetectionRecord record);

    /// <summary>An AIS sentence as a shore receiver heard it, with its NMEA 4.0 tag block.</summary>
    /// <param name="time">When it was received, UTC.</param>
    /// <param name="line">The line, without a line end.</param>
    void Ais(DateTimeOffset time, string line);

    /// <summary>The end of a step: everything up to <paramref name="time"/> has been given.</summary>
    /// <param name="time">The end of the step.</param>
    void StepCompleted(DateTimeOffset time);
}
