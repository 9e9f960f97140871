using System.Diagnostics;
using System.Globalization;
using Entente.Core.Projection;
using Entente.Tracking.Feeders;
using Entente.Tracking.Gaters;
using Entente.Tracking.Metrics;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Trackers;
using Entente.Tracking.Tracks;

namespace Entente.Benchmarks.Tracking;

/// <summary>
/// <c>-- scaling-gospa</c>: the runs of <see cref="TrackerScalingBenchmarks"/> scored and looked into. For each target
/// count, the same scenario, warm-up and measured scans: GOSPA (c = 500 m, p = 2) of the confirmed and coasting tracks,
/// carried to the end of the last scan, against the targets' true positions then; then the same run with
/// <see cref="ProbedComponents"/>, counting per measured detection the candidate pairs, the χ² tests and what passed,
/// and the time in each part. The Stopwatch times here are one run each (after a few seconds of untimed runs at the smallest
/// count, for the JIT), indicative only: the benchmark has the timings.
/// </summary>
public static class ScalingAccuracy
{
    private static readonly int[] Counts = [100, 1_000, 10_000];

    /// <summary>Runs the checks and prints two tables.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="clutterPerSquareKilometre">Clutter density per scan (the benchmark's is 1).</param>
    public static void Run(TextWriter output, double clutterPerSquareKilometre = 1)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (warm, measured) = (TrackerScalingBenchmarks.WarmUpScans, TrackerScalingBenchmarks.MeasuredScans);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// warm-up {warm} scans, measured {measured} scans; clutter {clutterPerSquareKilometre} per km² per scan; GOSPA c = 500 m, p = 2 at the end of the last scan"));
        // Untimed first: the process's first runs are in code not yet tiered up by the JIT.
        TrackerScalingBenchmarks.WarmUpJit();
        var warmUp = SyntheticRadarScenario.Create(Counts[0], warm + measured, clutterPerSquareKilometre);
        for (var i = 0; i < 3; i++)
        {
            var (tracker, probe) = ProbedComponents.Build();
            Feed(tracker, warmUp, warm, measured, probe);
        }

        var accuracy = new List<string>();
        var inside = new List<string>();
        foreach (var targets in Counts)
        {
            var scenario = SyntheticRadarScenario.Create(targets, warm + measured, clutterPerSquareKilometre);
            output.WriteLine("// " + scenario);
            var plots = scenario.Scans.Skip(warm).Sum(s => s.Length);

            var tracker = TrackingPipeline.Build();
            var seconds = Feed(tracker, scenario, warm, measured, null);
            var end = SyntheticRadarScenario.ScanEnd(warm + measured - 1);
            var scored = tracker.Tracks.Where(t => t.Status is TrackStatus.Confirmed or TrackStatus.Coasting).ToList();
            var estimates = scored.Select(t => Position(tracker, t, end)).ToList();
            var truths = scenario.TruthAt(end);
            var g = ComponentGospa.Compute(estimates, truths);
            var check = targets <= 1_000 ? Gospa.Compute(estimates, truths).DistanceMetres.ToString("F1", CultureInfo.InvariantCulture) : "-";
            var tentative = tracker.Tracks.Count(t => t.Status == TrackStatus.Tentative);
            accuracy.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {targets:N0} | {plots:N0} | {g.DistanceMetres:F1} | {check} | {g.DistanceMetres / Math.Sqrt(targets):F1} | " +
                $"{Math.Sqrt(g.Localisation / Math.Max(1, g.AssignedCount)):F1} | {g.AssignedCount:N0} | {g.MissedCount:N0} | {g.FalseCount:N0} | {tentative:N0} | " +
                $"{seconds * 1e9 / plots:F0} |"));

            var (probed, probe) = ProbedComponents.Build();
            var probedSeconds = Feed(probed, scenario, warm, measured, probe);
            var d = (double)probe.Detections;
            var reach = new DistanceGateOptions().ReachMetres(SyntheticRadarScenario.SigmaMetres);
            var span = Math.Ceiling((reach + (probe.FastestSum / probe.Steps * 0.5)) / new DistanceGateOptions().CoarseGateMetres);
            inside.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {targets:N0} | {probe.Steps:N0} | {d / probe.Steps:F0} | {probe.TracksOffered / (2.0 * probe.Steps):F0} | {probe.EstablishedPairs / d:F2} | {probe.TentativePairs / d:F2} | " +
                $"{probe.Tested / d:F2} | {probe.Passed / d:F2} | {probe.FastestSum / probe.Steps:F0} / {probe.FastestMax:F0} | {(2 * span) + 1}² | {probe.LargestAssociation:N0} | " +
                $"{probe.GaterSeconds * 1e9 / d:F0} | {probe.HypothesiserSeconds * 1e9 / d:F0} | {probe.AssociatorSeconds * 1e9 / d:F0} | {probedSeconds * 1e9 / d:F0} |"));
        }

        output.WriteLine();
        output.WriteLine("| targets | measured plots | GOSPA m | GOSPA m (one assignment) | GOSPA / √targets | RMS error of assigned m | assigned | missed | false | tentative | ns/plot (Stopwatch, 1 run) |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        accuracy.ForEach(output.WriteLine);
        output.WriteLine();
        output.WriteLine("| targets | steps | plots/step | tracks/step | pairs/plot (established) | pairs/plot (tentative) | χ² tests/plot | within gate/plot | fastest track m/s (mean / max) | cells searched | largest association | gater ns/plot | hypothesiser ns/plot | associator ns/plot | all ns/plot (probed) |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        inside.ForEach(output.WriteLine);
    }

    // Feeds the warm-up scans, then times the measured ones; returns the seconds.
    private static double Feed(MultiTargetTracker tracker, SyntheticRadarScenario scenario, int warm, int measured, ProbedComponents? probe)
    {
        var feeder = new SensorBatchFeeder(tracker);
        for (var s = 0; s < warm; s++)
        {
            Array.ForEach(scenario.Scans[s], feeder.Add);
        }

        feeder.Flush();
        probe?.Reset();
        var clock = Stopwatch.StartNew();
        for (var s = warm; s < warm + measured; s++)
        {
            Array.ForEach(scenario.Scans[s], feeder.Add);
        }

        feeder.Flush();
        return clock.Elapsed.TotalSeconds;
    }

    private static ProjectedPoint Position(MultiTargetTracker tracker, Track track, DateTimeOffset time)
    {
        var state = tracker.Components.Predictor.Predict(track.State, time).Gaussian;
        return new ProjectedPoint(state.EastingMetres, state.NorthingMetres);
    }
}
