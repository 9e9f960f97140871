using System.Globalization;
using System.Text;
using Entente.Ais.Decoding;
using Entente.Core.Detections;
using Entente.Tracking.Detections;
using Entente.Tracking.Feeders;
using Entente.Tracking.Output;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Trackers;
using Entente.Tracking.Tracks;

namespace Entente.Cli.Commands;

/// <summary>
/// The loop of <c>entente track</c>: reads detections and AIS in time order (merging the two files by time), feeds
/// the tracker sensor batch by sensor batch, and writes the picture every interval. Bad lines are counted, the first
/// few reported with their line numbers, and skipped.
/// </summary>
internal sealed class TrackRunRunner
{
    private const int ReportedErrors = 10;

    private readonly MultiTargetTracker _tracker;
    private readonly SensorBatchFeeder _feeder;
    private readonly DetectionConverter _detections = new();
    private readonly AisDecoder _decoder = new();
    private readonly AisDetectionConverter _ais = new();
    private readonly TimeSpan _every;
    private readonly bool _includeTentative;
    private readonly TextWriter _errors;
    private DateTimeOffset? _nextFrame;

    public TrackRunRunner(TrackingPipelineOptions options, TimeSpan every, bool includeTentative, TextWriter errors)
    {
        _tracker = TrackingPipeline.Build(options);
        _feeder = new SensorBatchFeeder(_tracker);
        _every = every;
        _includeTentative = includeTentative;
        _errors = errors;
    }

    public long DetectionLines { get; private set; }

    public long BadDetectionLines { get; private set; }

    public long AisLines { get; private set; }

    public long AisMessages { get; private set; }

    public long UntimedAisMessages { get; private set; }

    public long Frames { get; private set; }

    public MultiTargetTracker Tracker => _tracker;

    public AisDetectionConverter Ais => _ais;

    public void Run(TextReader? detections, TextReader? ais, TextWriter output, CancellationToken cancellationToken)
    {
        var detectionSource = detections is null ? null : ReadDetections(detections).GetEnumerator();
        var aisSource = ais is null ? null : ReadAis(ais).GetEnumerator();
        var haveDetection = detectionSource?.MoveNext() ?? false;
        var haveAis = aisSource?.MoveNext() ?? false;
        var count = 0;
        while (haveDetection || haveAis)
        {
            if ((++count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            TrackerDetection next;
            if (haveDetection && (!haveAis || detectionSource!.Current.Time <= aisSource!.Current.Time))
            {
                next = detectionSource!.Current;
                haveDetection = detectionSource.MoveNext();
            }
            else
            {
                next = aisSource!.Current;
                haveAis = aisSource.MoveNext();
            }

            WriteFramesBefore(next.Time, output);
            _feeder.Add(next);
        }

        _feeder.Flush();
        if (_nextFrame is { } last)
        {
            WriteFrame(last, output);
        }

        detectionSource?.Dispose();
        aisSource?.Dispose();
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

    private IEnumerable<TrackerDetection> ReadDetections(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            DetectionLines++;
            if (line.Length == 0)
            {
                continue;
            }

            if (DetectionRecordJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error))
            {
                yield return _detections.Convert(record!);
            }
            else
            {
                BadDetectionLines++;
                if (BadDetectionLines <= ReportedErrors)
                {
                    _errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"detections line {DetectionLines}: {error}"));
                }
            }
        }
    }

    private IEnumerable<TrackerDetection> ReadAis(TextReader reader)
    {
        string? line;
        DateTimeOffset? lastTime = null;
        while ((line = reader.ReadLine()) is not null)
        {
            AisLines++;
            var result = _decoder.Decode(line);
            if (result.Status != AisDecodeStatus.Message || result.Message is null)
            {
                continue;
            }

            AisMessages++;
            DateTimeOffset time;
            if (result.Reception.UnixTimeMilliseconds is { } ms)
            {
                time = DateTimeOffset.FromUnixTimeMilliseconds(ms);
                lastTime = time;
            }
            else if (lastTime is { } previous)
            {
                // No tag-block time: the message is taken as heard with the last one that had a time.
                UntimedAisMessages++;
                time = previous;
            }
            else
            {
                UntimedAisMessages++;
                continue;
            }

            if (_ais.Convert(result.Message, time) is { } detection)
            {
                yield return detection;
            }
        }
    }
}
