using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Entente.Tracking.Feeders;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Trackers;

namespace Entente.Benchmarks.Tracking;

/// <summary>
/// How the tracker's cost grows with the picture: <see cref="SyntheticRadarScenario"/> at 100, 1,000 and 10,000 targets
/// (the same density of targets and of clutter at each), the standard pipeline (cv). Each iteration starts a new
/// tracker and warms it up on <see cref="WarmUpScans"/> scans outside the measurement (the targets' tracks confirmed,
/// the clutter's tentative tracks at their steady number); the measurement is the next <see cref="MeasuredScans"/>
/// scans fed through a <see cref="SensorBatchFeeder"/> (1 s batches) and flushed. Goal: the cost per detection at
/// 10,000 targets within 3 times that at 100; it is the mean over the plot count the setup prints.
/// </summary>
/// <remarks>Accuracy of the same runs (GOSPA at the last scan): <c>-- scaling-gospa</c>. The setup first warms the JIT up
/// (<see cref="WarmUpJit"/>).</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 5)]
[GcServer(false)]
[GcConcurrent(false)]
public class TrackerScalingBenchmarks
{
    /// <summary>Scans fed before the measurement.</summary>
    public const int WarmUpScans = 8;

    /// <summary>Scans measured.</summary>
    public const int MeasuredScans = 5;

    private SyntheticRadarScenario _scenario = null!;
    private MultiTargetTracker _tracker = null!;
    private SensorBatchFeeder _feeder = null!;

    /// <summary>How many targets.</summary>
    [Params(100, 1_000, 10_000)]
    public int Targets { get; set; } = 100;

    [GlobalSetup]
    public void Setup()
    {
        WarmUpJit();
        _scenario = SyntheticRadarScenario.Create(Targets, WarmUpScans + MeasuredScans);
        var measured = _scenario.Scans.Skip(WarmUpScans).Sum(s => s.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {_scenario}; measured: scans {WarmUpScans} to {WarmUpScans + MeasuredScans - 1}, {measured} plots"));
    }

    /// <summary>
    /// Runs the smallest picture through new trackers, untimed, for a few seconds: code is tiered up by the JIT over
    /// the first second or two of a process, and the 100-target runs are too short to get there by themselves, which made
    /// them twice as slow per plot as the larger ones (see <see cref="ScalingRepeats"/>).
    /// </summary>
    public static void WarmUpJit()
    {
        var scenario = SyntheticRadarScenario.Create(100, WarmUpScans + MeasuredScans);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            var feeder = new SensorBatchFeeder(TrackingPipeline.Build());
            foreach (var scan in scenario.Scans)
            {
                Array.ForEach(scan, feeder.Add);
            }

            feeder.Flush();
        }
    }

    [IterationSetup]
    public void WarmUp()
    {
        _tracker = TrackingPipeline.Build();
        _feeder = new SensorBatchFeeder(_tracker);
        for (var s = 0; s < WarmUpScans; s++)
        {
            foreach (var plot in _scenario.Scans[s])
            {
                _feeder.Add(plot);
            }
        }

        // Flushed, so that the measurement holds exactly the measured scans' plots.
        _feeder.Flush();
    }

    /// <summary>Feeds the measured scans; returns the tracks at the end.</summary>
    [Benchmark]
    public int TrackScans()
    {
        for (var s = WarmUpScans; s < WarmUpScans + MeasuredScans; s++)
        {
            foreach (var plot in _scenario.Scans[s])
            {
                _feeder.Add(plot);
            }
        }

        _feeder.Flush();
        return _tracker.Tracks.Count;
    }
}
