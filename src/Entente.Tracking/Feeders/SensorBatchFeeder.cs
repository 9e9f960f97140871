using Entente.Tracking.Detections;
using Entente.Tracking.Trackers;

namespace Entente.Tracking.Feeders;

/// <summary>
/// Turns a time-ordered stream of detections from many sensors into tracker steps: each sensor's detections are held
/// until they span <see cref="BatchInterval"/>, then stepped as one batch, so that one batch never holds two looks at
/// the same target by the same sensor, while different sensors' looks at it go to different steps.
/// </summary>
/// <remarks>Not thread-safe: one thread feeds it.</remarks>
public sealed class SensorBatchFeeder
{
    private readonly ITracker _tracker;
    private readonly Dictionary<string, List<TrackerDetection>> _pending = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private DateTimeOffset? _stepped;

    /// <summary>Creates a feeder.</summary>
    /// <param name="tracker">The tracker it steps.</param>
    /// <param name="batchInterval">How much time one batch may span; one second by default (a third of a radar scan).</param>
    public SensorBatchFeeder(ITracker tracker, TimeSpan? batchInterval = null)
    {
        _tracker = tracker ?? throw new ArgumentNullException(nameof(tracker));
        BatchInterval = batchInterval ?? TimeSpan.FromSeconds(1);
        if (BatchInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(batchInterval), batchInterval, "The batch interval must be positive.");
        }
    }

    /// <summary>How much time one batch may span.</summary>
    public TimeSpan BatchInterval { get; }

    /// <summary>Takes in a detection; steps the tracker with any batch it completes.</summary>
    /// <param name="detection">The detection (roughly in time order across sensors).</param>
    public void Add(TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        AdvanceTo(detection.Time);
        if (!_pending.TryGetValue(detection.Sensor, out var batch))
        {
            batch = [];
            _pending.Add(detection.Sensor, batch);
            _order.Add(detection.Sensor);
        }

        batch.Add(detection);
    }

    /// <summary>Steps the tracker with every batch that is complete at a time, and lets it manage tracks up to then.</summary>
    /// <param name="time">The time reached.</param>
    public void AdvanceTo(DateTimeOffset time)
    {
        foreach (var sensor in _order)
        {
            var batch = _pending[sensor];
            if (batch.Count > 0 && time - batch[0].Time >= BatchInterval)
            {
                StepWith(batch);
            }
        }
    }

    /// <summary>Steps the tracker with everything held.</summary>
    public void Flush()
    {
        foreach (var sensor in _order)
        {
            if (_pending[sensor].Count > 0)
            {
                StepWith(_pending[sensor]);
            }
        }
    }

    private void StepWith(List<TrackerDetection> batch)
    {
        var end = batch[^1].Time;
        var time = _stepped is { } last && last > end ? last : end;
        _tracker.Step(time, [.. batch]);
        _stepped = time;
        batch.Clear();
    }
}
