using Entente.Ais.Decoding;
using Entente.Core.Detections;
using Entente.Simulation.Output;
using Entente.Tracking.Detections;
using Entente.Tracking.Feeders;
using Entente.Tracking.Trackers;

namespace Entente.Testing.Tracking;

/// <summary>
/// Feeds a running simulation straight into a tracker, as live ingest would: detections through the detections
/// converter, AIS lines through the decoder and the AIS converter, all by sensor batches. At each truth instant it hands
/// the truth and the tracker's picture to a callback, so that a whole night is scored without writing files.
/// </summary>
/// <remarks>Not thread-safe: the simulator's thread drives it.</remarks>
public sealed class SimulatedTracking : ISimulationSink
{
    private readonly SensorBatchFeeder _feeder;
    private readonly DetectionConverter _detections = new();
    private readonly AisDecoder _decoder = new();
    private readonly AisDetectionConverter _ais = new();
    private readonly Action<DateTimeOffset, IReadOnlyList<TruthRecord>> _frame;
    private readonly List<TruthRecord> _truth = [];
    private readonly Action<DetectionRecord>? _detection;

    /// <summary>Creates the sink.</summary>
    /// <param name="tracker">The tracker to feed.</param>
    /// <param name="frame">Called at each truth instant, after the tracker has had everything up to it.</param>
    /// <param name="detection">Called with each detection record as it arrives (for coverage and latency), optional.</param>
    public SimulatedTracking(ITracker tracker, Action<DateTimeOffset, IReadOnlyList<TruthRecord>> frame, Action<DetectionRecord>? detection = null)
    {
        Tracker = tracker ?? throw new ArgumentNullException(nameof(tracker));
        _feeder = new SensorBatchFeeder(tracker);
        _frame = frame ?? throw new ArgumentNullException(nameof(frame));
        _detection = detection;
    }

    /// <summary>The tracker being fed.</summary>
    public ITracker Tracker { get; }

    /// <summary>Detections fed to the tracker (AIS reports included).</summary>
    public long Fed { get; private set; }

    /// <inheritdoc />
    public void Truth(TruthRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_truth.Count > 0 && _truth[0].Time != record.Time)
        {
            EmitFrame();
        }

        _truth.Add(record);
    }

    /// <inheritdoc />
    public void Detection(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _detection?.Invoke(record);
        if (record.IsOutcomeReport)
        {
            return;
        }

        _feeder.Add(_detections.Convert(record));
        Fed++;
    }

    /// <inheritdoc />
    public void Ais(DateTimeOffset time, string line)
    {
        if (_ais.Convert(_decoder.Decode(line), time) is { } detection)
        {
            _feeder.Add(detection);
            Fed++;
        }
    }

    /// <inheritdoc />
    public void StepCompleted(DateTimeOffset time)
    {
        if (_truth.Count > 0)
        {
            EmitFrame();
        }
    }

    private void EmitFrame()
    {
        var time = _truth[0].Time;
        _feeder.AdvanceTo(time);
        _frame(time, [.. _truth]);
        _truth.Clear();
    }
}
