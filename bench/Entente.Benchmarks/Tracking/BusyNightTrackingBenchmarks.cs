using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Entente.Tracking.Detections;
using Entente.Tracking.Feeders;
using Entente.Tracking.Pipeline;

namespace Entente.Benchmarks.Tracking;

/// <summary>
/// The tracker alone over the first two hours of <c>busy-night</c>: the simulator's detections and AIS reports,
/// converted once in <see cref="Setup"/>, fed through a fresh <see cref="SensorBatchFeeder"/> over
/// <see cref="TrackingPipeline.Build"/> and flushed. Neither the simulator nor parsing is measured. Goal: at least
/// 1,000 times real time on one core, that is the 7,200 simulated seconds in at most 7.2 s.
/// </summary>
/// <remarks>
/// Two hours rather than twelve keep the recording to a few hundred megabytes. The tracker is single-threaded, so one
/// core is what it uses; the garbage collector is told to be non-concurrent and workstation so that it does not add
/// threads of its own (see the job). The real-time factor is 7,200 s over the mean; detections per second is the
/// count printed by the setup over the mean. Accuracy on the same feed: <c>-- busy-night-gospa</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[GcServer(false)]
[GcConcurrent(false)]
public class BusyNightTrackingBenchmarks
{
    /// <summary>The window of the night recorded and tracked.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(2);

    private TrackerDetection[] _detections = [];

    /// <summary>The motion model and filter of the pipeline.</summary>
    [Params("cv", "imm")]
    public string Motion { get; set; } = "cv";

    [GlobalSetup]
    public void Setup()
    {
        var recording = BusyNightRecording.Record(Window);
        _detections = [.. recording.Detections];
        Console.WriteLine(Describe(recording));
    }

    /// <summary>Feeds the whole window to a new tracker and returns how many tracks it has at the end.</summary>
    [Benchmark]
    public int TrackTwoHours()
    {
        var tracker = TrackingPipeline.Build(new TrackingPipelineOptions { Motion = Motion });
        var feeder = new SensorBatchFeeder(tracker);
        foreach (var detection in _detections)
        {
            feeder.Add(detection);
        }

        feeder.Flush();
        return tracker.Tracks.Count;
    }

    /// <summary>What was recorded, for the results.</summary>
    public static string Describe(BusyNightRecording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var kinds = string.Join(", ", recording.RecordsByKind.OrderBy(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"// busy-night {recording.Scenario.Start:O} + {recording.Scenario.Duration.TotalHours} h: {recording.Detections.Count} detections fed " +
            $"(records: {kinds}; AIS: {recording.AisLines} lines, {recording.AisReports} position reports, {recording.AisDuplicates} duplicates dropped); " +
            $"{recording.Frames.Count} truth frames");
    }
}
