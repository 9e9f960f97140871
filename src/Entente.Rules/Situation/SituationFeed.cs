using Entente.Core.Detections;
using Entente.Tracking.Detections;
using Entente.Tracking.Feeders;
using Entente.Tracking.Output;
using Entente.Tracking.Trackers;

namespace Entente.Rules.Situation;

/// <summary>
/// Turns a time-ordered stream of sensor records into <see cref="SituationFrame"/>s at a fixed interval: every record
/// goes to the tracker (through sensor batches), and records that are not plots are also kept for the next frame, so
/// that rules see beach events and distress reports as well as tracks. Live ingest, replay and tests all use it.
/// </summary>
/// <remarks>Not thread-safe: one thread feeds it.</remarks>
public sealed class SituationFeed
{
    private readonly MultiTargetTracker _tracker;
    private readonly SensorBatchFeeder _feeder;
    private readonly DetectionConverter _converter = new();
    private readonly List<DetectionRecord> _pending = [];
    private DateTimeOffset? _nextFrame;

    /// <summary>Creates a feed.</summary>
    /// <param name="tracker">The tracker it drives.</param>
    /// <param name="frameInterval">Time between frames; 10 s by default.</param>
    public SituationFeed(MultiTargetTracker tracker, TimeSpan? frameInterval = null)
    {
        _tracker = tracker ?? throw new ArgumentNullException(nameof(tracker));
        _feeder = new SensorBatchFeeder(tracker);
        FrameInterval = frameInterval ?? TimeSpan.FromSeconds(10);
        if (FrameInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(frameInterval), frameInterval, "The frame interval must be positive.");
        }
    }

    /// <summary>Time between frames.</summary>
    public TimeSpan FrameInterval { get; }

    /// <summary>The tracker it drives.</summary>
    public MultiTargetTracker Tracker => _tracker;

    /// <summary>Records taken in.</summary>
    public long Records { get; private set; }

    /// <summary>Records refused because their position cannot be placed in the Channel projection (e.g. a report from
    /// the other side of the world); counted, never thrown.</summary>
    public long Unplaceable { get; private set; }

    /// <summary>Takes in a sensor record; returns the frames completed before it.</summary>
    /// <param name="record">The record, roughly in time order.</param>
    /// <returns>Frames whose time has passed, oldest first (often none).</returns>
    public IReadOnlyList<SituationFrame> Add(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var frames = AdvanceTo(record.Time);
        TrackerDetection converted;
        try
        {
            converted = _converter.Convert(record);
        }
        catch (ArgumentOutOfRangeException)
        {
            Unplaceable++;
            return frames;
        }

        // A report of how a crossing ended is for the rules and incidents only: as a plot it would start a track where
        // the boat was, after it was gone.
        if (!record.IsOutcomeReport)
        {
            _feeder.Add(converted);
        }

        if (record.Kind != DetectionKind.Radar)
        {
            _pending.Add(record);
        }

        Records++;
        return frames;
    }

    /// <summary>Takes in a detection already converted (AIS); returns the frames completed before it.</summary>
    /// <param name="detection">The detection, roughly in time order.</param>
    /// <returns>Frames whose time has passed, oldest first.</returns>
    public IReadOnlyList<SituationFrame> Add(TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        var frames = AdvanceTo(detection.Time);
        _feeder.Add(detection);
        Records++;
        return frames;
    }

    /// <summary>Emits every frame due at or before a time.</summary>
    /// <param name="time">The time reached.</param>
    /// <returns>Frames due, oldest first.</returns>
    public IReadOnlyList<SituationFrame> AdvanceTo(DateTimeOffset time)
    {
        // Frames fall on whole multiples of the interval, so that replays of the same data frame alike.
        _nextFrame ??= Align(time);
        List<SituationFrame>? frames = null;
        while (_nextFrame <= time)
        {
            (frames ??= []).Add(Frame(_nextFrame.Value));
            _nextFrame += FrameInterval;
        }

        return frames ?? (IReadOnlyList<SituationFrame>)[];
    }

    private DateTimeOffset Align(DateTimeOffset time)
    {
        var ticks = FrameInterval.Ticks;
        return new DateTimeOffset((time.UtcTicks / ticks + 1) * ticks, TimeSpan.Zero);
    }

    private SituationFrame Frame(DateTimeOffset time)
    {
        _feeder.AdvanceTo(time);
        var reports = new List<TrackReport>(_tracker.Tracks.Count);
        foreach (var track in _tracker.Tracks)
        {
            reports.Add(TrackSnapshot.Report(track, _tracker.Components.Predictor, time));
        }

        var due = _pending.Where(r => r.Time <= time).ToList();
        _pending.RemoveAll(r => r.Time <= time);
        return new SituationFrame(time, reports, due);
    }
}
