using System.Runtime.InteropServices;
using Entente.Core.Projection;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Metrics;

/// <summary>Everything <see cref="TrackingEvaluator"/> accumulates over the frames it has scored.</summary>
/// <remarks>Mutable; owned by one evaluator.</remarks>
internal sealed class EvaluationState(double cutoffMetres, double order)
{
    private static readonly int ClassCount = Enum.GetValues<TruthClass>().Length;

    private readonly double _halfCutoffPower = Math.Pow(cutoffMetres, order) / 2;

    public ScoreCounts Overall { get; } = new();

    /// <summary>Counts per truth class, indexed by the class's value.</summary>
    public ScoreCounts[] ByClass { get; } = [.. Enumerable.Range(0, ClassCount).Select(_ => new ScoreCounts())];

    public Dictionary<string, TruthHistory> Truths { get; } = new(StringComparer.Ordinal);

    /// <summary>For each track id ever scored: its samples, and whether it was ever assigned to a truth.</summary>
    public Dictionary<long, (long Samples, bool Assigned)> Tracks { get; } = [];

    public int FrameCount { get; private set; }

    public DateTimeOffset FirstFrame { get; private set; }

    public DateTimeOffset LastFrame { get; private set; }

    /// <summary>Scores one frame: in-coverage truths against scored tracks, with positions already projected.</summary>
    public void Score(DateTimeOffset time, IReadOnlyList<TruthPoint> truths, IReadOnlyList<ProjectedPoint> truthPoints,
        IReadOnlyList<TrackReport> tracks, IReadOnlyList<ProjectedPoint> trackPoints)
    {
        var gospa = Gospa.Compute(trackPoints, truthPoints, cutoffMetres, order, out var truthOfTrack);
        var trackOfTruth = new int[truths.Count];
        Array.Fill(trackOfTruth, -1);
        for (var i = 0; i < truthOfTrack.Length; i++)
        {
            if (truthOfTrack[i] >= 0)
            {
                trackOfTruth[truthOfTrack[i]] = i;
            }
        }

        // The terms of one frame, split by class so that the classes' terms sum to the frame's: a pair and a missed truth
        // count for the truth's class, a false track for the class it reports.
        var localisation = new double[ClassCount];
        var missed = new double[ClassCount];
        var falseTerm = new double[ClassCount];
        for (var j = 0; j < truths.Count; j++)
        {
            var truth = truths[j];
            var k = (int)truth.Class;
            if (trackOfTruth[j] is var i and >= 0)
            {
                var distance = trackPoints[i].PlanarDistanceMetres(truthPoints[j]);
                localisation[k] += Math.Pow(distance, order);
                Pair(truth, tracks[i], distance, time);
            }
            else
            {
                missed[k] += _halfCutoffPower;
                Miss(truth, time);
            }
        }

        for (var i = 0; i < tracks.Count; i++)
        {
            var k = (int)TruthClasses.FromTrackClass(tracks[i].Class);
            var assigned = truthOfTrack[i] >= 0;
            ref var history = ref CollectionsMarshal.GetValueRefOrAddDefault(Tracks, tracks[i].Id, out _);
            history = (history.Samples + 1, history.Assigned || assigned);
            CountTrack(Overall, assigned);
            CountTrack(ByClass[k], assigned);

            if (!assigned)
            {
                falseTerm[k] += _halfCutoffPower;
            }
        }

        Overall.AddFrame(gospa.Localisation, gospa.Missed, gospa.False, order);
        for (var k = 0; k < ClassCount; k++)
        {
            ByClass[k].AddFrame(localisation[k], missed[k], falseTerm[k], order);
        }

        FirstFrame = FrameCount == 0 ? time : FirstFrame;
        LastFrame = time;
        FrameCount++;
    }

    private void Pair(TruthPoint truth, TrackReport track, double distanceMetres, DateTimeOffset time)
    {
        var changed = History(truth, time).Assigned(track.Id, track.Status == TrackStatus.Confirmed, time);
        CountPair(Overall, truth, track, distanceMetres, changed);
        CountPair(ByClass[(int)truth.Class], truth, track, distanceMetres, changed);
    }

    private static void CountPair(ScoreCounts counts, TruthPoint truth, TrackReport track, double distanceMetres, bool changed)
    {
        counts.TruthSamples++;
        counts.AssignedTruthSamples++;
        counts.SquaredErrorSum += distanceMetres * distanceMetres;
        counts.ClassCorrect += TruthClasses.FromTrackClass(track.Class) == truth.Class ? 1 : 0;
        counts.TrackNumberChanges += changed ? 1 : 0;
        if (truth.Mmsi is { } mmsi)
        {
            counts.MmsiSamples++;
            counts.MmsiCorrect += track.Mmsi == mmsi ? 1 : 0;
        }
    }

    private static void CountTrack(ScoreCounts counts, bool assigned)
    {
        counts.TrackSamples++;
        counts.SpuriousTrackSamples += assigned ? 0 : 1;
    }

    private void Miss(TruthPoint truth, DateTimeOffset time)
    {
        History(truth, time).Missed();
        Overall.TruthSamples++;
        ByClass[(int)truth.Class].TruthSamples++;
    }

    private TruthHistory History(TruthPoint truth, DateTimeOffset time)
    {
        ref var history = ref CollectionsMarshal.GetValueRefOrAddDefault(Truths, truth.Id, out var exists);
        if (!exists)
        {
            history = new TruthHistory(truth.Class, time);
        }

        return history!;
    }
}
