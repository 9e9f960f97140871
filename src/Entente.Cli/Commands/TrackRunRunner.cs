using Entente.Tracking.Detections;
using Entente.Tracking.Feeders;
using Entente.Tracking.Output;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Trackers;
using Entente.Tracking.Tracks;

namespace Entente.Cli.Commands;

/// <summary>
/// The loop of <c>entente track</c>: reads detections and AIS in time order (<see cref="RecordingReader"/>), feeds the
/// tracker sensor batch by sensor batch, and writes the picture every interval.
/// </summary>
internal sealed class TrackRunRunner
{
    private readonly MultiTargetTracker _tracker;
    private readonly SensorBatchFeeder _feeder;
    private readonly DetectionConverter _detections = new();
    private readonly TimeSpan _every;
    private readonly bool _includeTentative;
    private DateTimeOffset? _nextFrame;

    public TrackRunRunner(TrackingPipelineOptions options, TimeSpan every, bool includeTentative, TextWriter errors)
    {
        _tracker = TrackingPipeline.Build(options);
        _feeder = new SensorBatchFeeder(_tracker);
        _every = every;
        _includeTentative = includeTentative;
        Recording = new RecordingReader(errors);
    }

    /// <summary>The reader, with its counts of lines and messages.</summary>
    public RecordingReader Recording { get; }

    public long Frames { get; private set; }

    public MultiTargetTracker Tracker => _tracker;

    public void Run(TextReader? detections, TextReader? ais, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var item in Recording.Read(detections, ais, cancellationToken))
        {
            // Reports of outcomes (rescued, landed, …) say how a crossing ended, not where a boat is.
            if (item.Record is { IsOutcomeReport: true })
            {
                continue;
            }

            var next = item.Record is { } record ? _detections.Convert(record) : item.Ais!;
            WriteFramesBefore(next.Time, output);
            _feeder.Add(next);
        }

        _feeder.Flush();
        if (_nextFrame is { } last)
        {
            WriteFrame(last, output);
        }
    }

    private void WriteFramesBefore(DateTimeOffset time, TextWriter output)
    {
        _nextFrame ??= Align(time);
        while (_nextFrame is { } frame && frame <= time)
        {
            _feeder.AdvanceTo(frame);
            _tracker.Step(frame, []);
            WriteFrame(frame, output);
            _nextFrame = frame + _every;
        }
    }

    // Frames fall on whole multiples of the interval, so that they meet the truth's instants.
    private DateTimeOffset Align(DateTimeOffset time)
    {
        var ticks = _every.Ticks;
        return new DateTimeOffset(((time.UtcTicks + ticks - 1) / ticks) * ticks, TimeSpan.Zero);
    }

    private void WriteFrame(DateTimeOffset time, TextWriter output)
    {
        var reports = new List<TrackReport>();
        foreach (var track in _tracker.Tracks)
        {
            if (track.Status == TrackStatus.Tentative && !_includeTentative)
            {
                continue;
            }

            reports.Add(TrackSnapshot.Report(track, _tracker.Components.Predictor, time));
        }

        output.Write(TrackFrameJson.Write(new TrackFrame(time, reports)));
        output.Write('\n');
        Frames++;
    }
}
