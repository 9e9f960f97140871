using System.Diagnostics;
using Entente.Tracking.Association;
using Entente.Tracking.Detections;
using Entente.Tracking.Gaters;
using Entente.Tracking.Hypothesisers;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Trackers;
using Entente.Tracking.Tracks;

namespace Entente.Benchmarks.Tracking;

/// <summary>
/// A profiler-free look inside a tracker's step: wraps the gater, the hypothesiser and the associator of a composed
/// pipeline, passes every call through, and counts (and times, with a few tens of nanoseconds of overhead a call)
/// what each does. The tracker gates twice a step, established tracks first, then tentative ones; calls are told
/// apart by their order. For diagnosis only: never inside a benchmark.
/// </summary>
public sealed class ProbedComponents : ICandidateGater, IHypothesiser, IDataAssociator
{
    private readonly ICandidateGater _gater;
    private readonly IHypothesiser _hypothesiser;
    private readonly IDataAssociator _associator;
    private long _gaterCalls;

    private ProbedComponents(TrackerComponents inner)
    {
        _gater = inner.Gater;
        _hypothesiser = inner.Hypothesiser;
        _associator = inner.Associator;
    }

    /// <summary>Tracker steps (established passes).</summary>
    public long Steps { get; private set; }

    /// <summary>Detections given to the established pass (each detection of each step once).</summary>
    public long Detections { get; private set; }

    /// <summary>Candidate pairs with established (confirmed or coasting) tracks.</summary>
    public long EstablishedPairs { get; private set; }

    /// <summary>Candidate pairs with tentative tracks.</summary>
    public long TentativePairs { get; private set; }

    /// <summary>Sum over gater calls of the tracks it was given (all of them, before its filter).</summary>
    public long TracksOffered { get; private set; }

    /// <summary>Sum, over established passes, of the fastest included track's speed, m/s (it widens every search).</summary>
    public double FastestSum { get; private set; }

    /// <summary>The fastest track speed seen in any pass, m/s.</summary>
    public double FastestMax { get; private set; }

    /// <summary>Pairs the hypothesiser was asked about (after the tracker's own filter: detections still free).</summary>
    public long Tested { get; private set; }

    /// <summary>Pairs within the χ² gate.</summary>
    public long Passed { get; private set; }

    /// <summary>The largest number of hypotheses one association call was given.</summary>
    public int LargestAssociation { get; private set; }

    /// <summary>Time in the gater, seconds.</summary>
    public double GaterSeconds => Stopwatch.GetElapsedTime(0, GaterTicks).TotalSeconds;

    /// <summary>Time in the hypothesiser, seconds.</summary>
    public double HypothesiserSeconds => Stopwatch.GetElapsedTime(0, HypothesiserTicks).TotalSeconds;

    /// <summary>Time in the associator, seconds.</summary>
    public double AssociatorSeconds => Stopwatch.GetElapsedTime(0, AssociatorTicks).TotalSeconds;

    private long GaterTicks { get; set; }

    private long HypothesiserTicks { get; set; }

    private long AssociatorTicks { get; set; }

    /// <summary>Builds a pipeline whose gater, hypothesiser and associator are probed.</summary>
    /// <param name="options">The pipeline's settings; the standard one when null.</param>
    /// <returns>The tracker and its probe.</returns>
    public static (MultiTargetTracker Tracker, ProbedComponents Probe) Build(TrackingPipelineOptions? options = null)
    {
        options ??= new TrackingPipelineOptions();
        var plain = TrackingPipeline.Build(options);
        var probe = new ProbedComponents(plain.Components);
        var parts = plain.Components with { Gater = probe, Hypothesiser = probe, Associator = probe };
        return (new MultiTargetTracker(parts, options.Tracker), probe);
    }

    /// <summary>Sets every count and time back to zero (after a warm-up).</summary>
    public void Reset()
    {
        (Steps, Detections, EstablishedPairs, TentativePairs, TracksOffered, FastestSum, FastestMax) = (0, 0, 0, 0, 0, 0, 0);
        (Tested, Passed, LargestAssociation, GaterTicks, HypothesiserTicks, AssociatorTicks) = (0, 0, 0, 0, 0, 0);
        _gaterCalls = 0;
    }

    /// <inheritdoc />
    public void Candidates(IReadOnlyList<Track> tracks, IReadOnlyList<TrackerDetection> detections, Func<Track, bool> include, List<(int Track, int Detection)> candidates)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(detections);
        ArgumentNullException.ThrowIfNull(include);
        ArgumentNullException.ThrowIfNull(candidates);
        var established = _gaterCalls++ % 2 == 0;
        var before = candidates.Count;
        var start = Stopwatch.GetTimestamp();
        _gater.Candidates(tracks, detections, include, candidates);
        GaterTicks += Stopwatch.GetTimestamp() - start;
        TracksOffered += tracks.Count;
        if (established)
        {
            Steps++;
            Detections += detections.Count;
            EstablishedPairs += candidates.Count - before;
            var fastest = tracks.Where(include).Select(t => t.Estimate.SpeedMetresPerSecond).DefaultIfEmpty(0).Max();
            FastestSum += fastest;
            FastestMax = Math.Max(FastestMax, fastest);
        }
        else
        {
            TentativePairs += candidates.Count - before;
        }
    }

    /// <inheritdoc />
    public Hypothesis? Hypothesise(Track track, int trackIndex, TrackerDetection detection, int detectionIndex)
    {
        var start = Stopwatch.GetTimestamp();
        var hypothesis = _hypothesiser.Hypothesise(track, trackIndex, detection, detectionIndex);
        HypothesiserTicks += Stopwatch.GetTimestamp() - start;
        Tested++;
        Passed += hypothesis is null ? 0 : 1;
        return hypothesis;
    }

    /// <inheritdoc />
    public IReadOnlyList<Hypothesis> Associate(IReadOnlyList<Hypothesis> hypotheses)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        var start = Stopwatch.GetTimestamp();
        var chosen = _associator.Associate(hypotheses);
        AssociatorTicks += Stopwatch.GetTimestamp() - start;
        LargestAssociation = Math.Max(LargestAssociation, hypotheses.Count);
        return chosen;
    }
}
