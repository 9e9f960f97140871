using System.Diagnostics;
using System.Globalization;
using Entente.Tracking.Feeders;
using Entente.Tracking.Metrics;
using Entente.Tracking.Output;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Tracks;

namespace Entente.Benchmarks.Tracking;

/// <summary>
/// <c>-- busy-night-gospa</c>: the feed of <see cref="BusyNightTrackingBenchmarks"/> scored, so that its timings stand
/// beside the accuracy they buy. The same recorded window goes through the same pipelines; at each truth instant the
/// feeder is advanced to it and the picture (confirmed and coasting tracks carried to the instant) is given to a
/// <see cref="TrackingEvaluator"/> with the radar plots up to then, as <c>entente track eval</c> does. Then the feed
/// again through a <see cref="ProbedComponents"/> pipeline: what each detection costs, and where (Stopwatch, one run).
/// </summary>
public static class BusyNightAccuracy
{
    /// <summary>Runs the check and prints one block per motion model.</summary>
    /// <param name="output">Where to write.</param>
    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var recording = BusyNightRecording.Record(BusyNightTrackingBenchmarks.Window);
        output.WriteLine(BusyNightTrackingBenchmarks.Describe(recording));
        output.WriteLine("| motion | coverage | frames | GOSPA m (mean) | localisation | missed | false | completeness | spuriousness | track no. changes /10 h | PA m | wall s (with scoring) |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (motion, radarCoverage) in TrackingPipeline.Choices["motion"].SelectMany(m => new[] { (m, true), (m, false) }))
        {
            var clock = Stopwatch.StartNew();
            var evaluation = Score(recording, motion, radarCoverage);
            var s = evaluation.Overall;
            var coverage = radarCoverage ? "radar plots (as track eval --detections)" : "every truth";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {motion} | {coverage} | {evaluation.FrameCount} | {s.Gospa.DistanceMetres:F1} | {s.Gospa.Localisation:F0} | {s.Gospa.Missed:F0} | {s.Gospa.False:F0} | " +
                $"{s.Completeness:F4} | {s.Spuriousness:F4} | {s.TrackNumberChangesPerTenHours:F1} | {s.PositionalAccuracyMetres:F1} | {clock.Elapsed.TotalSeconds:F2} |"));
        }

        output.WriteLine();
        output.WriteLine("| motion | steps | detections/step | tracks/step | pairs/detection (established) | pairs/detection (tentative) | χ² tests/detection | within gate/detection | gater ns/detection | hypothesiser ns/detection | associator ns/detection | all ns/detection (probed) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var motion in TrackingPipeline.Choices["motion"])
        {
            var (tracker, probe) = ProbedComponents.Build(new TrackingPipelineOptions { Motion = motion });
            var feeder = new SensorBatchFeeder(tracker);
            var clock = Stopwatch.StartNew();
            foreach (var detection in recording.Detections)
            {
                feeder.Add(detection);
            }

            feeder.Flush();
            var all = clock.Elapsed.TotalSeconds;
            var d = (double)probe.Detections;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {motion} | {probe.Steps:N0} | {d / probe.Steps:F1} | {probe.TracksOffered / (2.0 * probe.Steps):F0} | {probe.EstablishedPairs / d:F2} | {probe.TentativePairs / d:F2} | " +
                $"{probe.Tested / d:F2} | {probe.Passed / d:F2} | {probe.GaterSeconds * 1e9 / d:F0} | {probe.HypothesiserSeconds * 1e9 / d:F0} | {probe.AssociatorSeconds * 1e9 / d:F0} | {all * 1e9 / d:F0} |"));
        }
    }

    // With radar coverage, a truth counts only while a radar plot of it came within the last minute; without, always.
    private static TrackingEvaluation Score(BusyNightRecording recording, string motion, bool radarCoverage)
    {
        var tracker = TrackingPipeline.Build(new TrackingPipelineOptions { Motion = motion });
        var feeder = new SensorBatchFeeder(tracker);
        var evaluator = new TrackingEvaluator();
        var detections = recording.Detections;
        var plots = recording.Plots;
        var (next, plot) = (0, 0);
        foreach (var frame in recording.Frames)
        {
            for (; next < frame.Index; next++)
            {
                feeder.Add(detections[next]);
            }

            for (; radarCoverage && plot < plots.Count && plots[plot].Time <= frame.Time; plot++)
            {
                evaluator.AddDetection(plots[plot].TruthId, plots[plot].Time);
            }

            feeder.AdvanceTo(frame.Time);
            var reports = new List<TrackReport>();
            foreach (var track in tracker.Tracks)
            {
                if (track.Status != TrackStatus.Tentative)
                {
                    reports.Add(TrackSnapshot.Report(track, tracker.Components.Predictor, frame.Time));
                }
            }

            evaluator.AddFrame(frame.Time, frame.Truths, reports);
        }

        return evaluator.Result();
    }
}
