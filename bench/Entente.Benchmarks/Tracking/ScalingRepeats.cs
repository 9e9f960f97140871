using System.Diagnostics;
using System.Globalization;
using Entente.Tracking.Feeders;
using Entente.Tracking.Pipeline;

namespace Entente.Benchmarks.Tracking;

/// <summary>
/// <c>-- scaling-repeats R N1 N2 ...</c>: the measured part of <see cref="TrackerScalingBenchmarks"/> run R times over
/// the given target counts in one process, in turn, each time with a new warmed-up tracker: nanoseconds, bytes
/// allocated and collections per plot. It shows whether a difference between counts is the tracker's or the
/// process's (code still being tiered up by the JIT early in a process makes the first runs slower, whatever the count).
/// </summary>
public static class ScalingRepeats
{
    private const int Warm = TrackerScalingBenchmarks.WarmUpScans;
    private const int Measured = TrackerScalingBenchmarks.MeasuredScans;

    /// <summary>Runs the repeats and prints one line per run.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="counts">Target counts, in the order to run them.</param>
    /// <param name="repeats">How many times to run the whole list.</param>
    public static void Run(TextWriter output, int[] counts, int repeats)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(counts);
        var scenarios = counts.Distinct().ToDictionary(n => n, n => SyntheticRadarScenario.Create(n, Warm + Measured));
        output.WriteLine("| round | targets | ns/plot | bytes/plot | collections gen 0 / 1 / 2 |");
        output.WriteLine("|---:|---:|---:|---:|---|");
        for (var r = 0; r < repeats; r++)
        {
            foreach (var n in counts)
            {
                var s = scenarios[n];
                var tracker = TrackingPipeline.Build();
                var feeder = new SensorBatchFeeder(tracker);
                for (var i = 0; i < Warm; i++)
                {
                    Array.ForEach(s.Scans[i], feeder.Add);
                }

                feeder.Flush();
                var plots = s.Scans.Skip(Warm).Sum(x => x.Length);
                var gc0 = GC.CollectionCount(0);
                var gc1 = GC.CollectionCount(1);
                var gc2 = GC.CollectionCount(2);
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                for (var i = Warm; i < Warm + Measured; i++)
                {
                    Array.ForEach(s.Scans[i], feeder.Add);
                }

                feeder.Flush();
                var t = clock.Elapsed.TotalSeconds;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r + 1} | {n:N0} | {t * 1e9 / plots:F0} | {(GC.GetAllocatedBytesForCurrentThread() - bytes) / plots} | {GC.CollectionCount(0) - gc0} / {GC.CollectionCount(1) - gc1} / {GC.CollectionCount(2) - gc2} |"));
            }
        }
    }
}
