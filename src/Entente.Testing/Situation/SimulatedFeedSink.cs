using Entente.Ais.Decoding;
using Entente.Core.Detections;
using Entente.Simulation.Output;
using Entente.Tracking.Detections;

namespace Entente.Testing.Situation;

/// <summary>
/// What every in-memory night shares: a sink that hands a running simulation to a pipeline as live ingest would
/// (detections as records, AIS lines decoded and converted), and truth and detection records to scoring callbacks.
/// </summary>
/// <typeparam name="TOut">What the pipeline gives back per frame.</typeparam>
/// <remarks>Not thread-safe: the simulator's thread drives it. Truth goes only to the callback, never to the pipeline.</remarks>
public abstract class SimulatedFeedSink<TOut> : ISimulationSink
{
    private readonly AisDecoder _decoder = new();
    private readonly AisDetectionConverter _ais = new();
    private readonly Action<TOut> _out;
    private readonly Action<TruthRecord>? _truth;
    private readonly Action<DetectionRecord>? _detection;

    /// <summary>Creates the sink.</summary>
    /// <param name="output">Called with each frame's output, in time order.</param>
    /// <param name="truth">Called with each truth record, optional (for scoring only).</param>
    /// <param name="detection">Called with each detection record, optional (for scoring only).</param>
    protected SimulatedFeedSink(Action<TOut> output, Action<TruthRecord>? truth, Action<DetectionRecord>? detection)
    {
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _truth = truth;
        _detection = detection;
    }

    /// <inheritdoc />
    public void Truth(TruthRecord record) => _truth?.Invoke(record);

    /// <inheritdoc />
    public void Detection(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _detection?.Invoke(record);
        Emit(Add(record));
    }

    /// <inheritdoc />
    public void Ais(DateTimeOffset time, string line)
    {
        if (_ais.Convert(_decoder.Decode(line), time) is { } detection)
        {
            Emit(Add(detection));
        }
    }

    /// <inheritdoc />
    public void StepCompleted(DateTimeOffset time) => Emit(AdvanceTo(time));

    /// <summary>Gives a record to the pipeline.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The outputs of the frames it completed.</returns>
    protected abstract IReadOnlyList<TOut> Add(DetectionRecord record);

    /// <summary>Gives a decoded AIS report to the pipeline.</summary>
    /// <param name="detection">The report.</param>
    /// <returns>The outputs of the frames it completed.</returns>
    protected abstract IReadOnlyList<TOut> Add(TrackerDetection detection);

    /// <summary>Lets the pipeline's time pass.</summary>
    /// <param name="time">The time reached.</param>
    /// <returns>The outputs of the frames due.</returns>
    protected abstract IReadOnlyList<TOut> AdvanceTo(DateTimeOffset time);

    private void Emit(IReadOnlyList<TOut> outputs)
    {
        foreach (var output in outputs)
        {
            _out(output);
        }
    }
}
