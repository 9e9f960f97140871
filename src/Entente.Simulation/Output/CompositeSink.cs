using Entente.Core.Detections;

namespace Entente.Simulation.Output;

/// <summary>Hands every output to several sinks in turn, in the order given (for example files and a live feed).</summary>
/// <remarks>Does not own the sinks: disposing them is the caller's business.</remarks>
public sealed class CompositeSink : ISimulationSink
{
    private readonly ISimulationSink[] _sinks;

    /// <summary>Creates the fan-out.</summary>
    /// <param name="sinks">The sinks, at least one.</param>
    /// <exception cref="ArgumentException">No sink given.</exception>
    public CompositeSink(params IEnumerable<ISimulationSink> sinks)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        _sinks = [.. sinks];
        if (_sinks.Length == 0 || Array.Exists(_sinks, s => s is null))
        {
            throw new ArgumentException("Give at least one sink, and no null.", nameof(sinks));
        }
    }

    /// <summary>The sinks, in order.</summary>
    public IReadOnlyList<ISimulationSink> Sinks => _sinks;

    /// <inheritdoc />
    public void Truth(TruthRecord record)
    {
        foreach (var sink in _sinks)
        {
            sink.Truth(record);
        }
    }

    /// <inheritdoc />
    public void Detection(DetectionRecord record)
    {
        foreach (var sink in _sinks)
        {
            sink.Detection(record);
        }
    }

    /// <inheritdoc />
    public void Ais(DateTimeOffset time, string line)
    {
        foreach (var sink in _sinks)
        {
            sink.Ais(time, line);
        }
    }

    /// <inheritdoc />
    public void StepCompleted(DateTimeOffset time)
    {
        foreach (var sink in _sinks)
        {
            sink.StepCompleted(time);
        }
    }
}
