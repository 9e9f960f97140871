using Entente.Ais.Decoding;
using Entente.Core.Detections;
using Entente.Rules.Situation;
using Entente.Simulation.Output;
using Entente.Tracking.Detections;

namespace Entente.Testing.Situation;

/// <summary>
/// Feeds a running simulation into a <see cref="SituationFeed"/> as live ingest would (detections as records, AIS lines
/// decoded), and hands each frame, each truth record and each detection to callbacks, so that rules and incidents are
/// tested over whole nights without files.
/// </summary>
/// <remarks>Not thread-safe: the simulator's thread drives it. Truth goes only to the callback, never to the feed.</remarks>
public sealed class SimulatedSituation : ISimulationSink
{
    private readonly SituationFeed _feed;
    private readonly AisDecoder _decoder = new();
    private readonly AisDetectionConverter _ais = new();
    private readonly Action<SituationFrame> _frame;
    private readonly Action<TruthRecord>? _truth;
    private readonly Action<DetectionRecord>? _detection;

    /// <summary>Creates the sink.</summary>
    /// <param name="feed">The feed (and through it the tracker) to drive.</param>
    /// <param name="frame">Called with each frame, in time order.</param>
    /// <param name="truth">Called with each truth record, optional (for scoring only).</param>
    /// <param name="detection">Called with each detection record, optional (for scoring only).</param>
    public SimulatedSituation(SituationFeed feed, Action<SituationFrame> frame, Action<TruthRecord>? truth = null,
        Action<DetectionRecord>? detection = null)
    {
        _feed = feed ?? throw new ArgumentNullException(nameof(feed));
        _frame = frame ?? throw new ArgumentNullException(nameof(frame));
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
        Emit(_feed.Add(record));
    }

    /// <inheritdoc />
    public void Ais(DateTimeOffset time, string line)
    {
        if (_ais.Convert(_decoder.Decode(line), time) is { } detection)
        {
            Emit(_feed.Add(detection));
        }
    }

    /// <inheritdoc />
    public void StepCompleted(DateTimeOffset time) => Emit(_feed.AdvanceTo(time));

    private void Emit(IReadOnlyList<SituationFrame> frames)
    {
        foreach (var frame in frames)
        {
            _frame(frame);
        }
    }
}
