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

    // A pair kept from the frame before costs a quarter (for p = 2: as if half as far), so the pairing changes only when
    // another track is clearly closer.
    private const double KeptPairWeight = 0.25;

    private readonly double _halfCutoffPower = Math.Pow(cutoffMetres, order) / 2;
    private Dictionary<string, long> _lastPairs = new(StringComparer.Ordinal);

    public ScoreCounts Overall { get; } = new();

    /// <summary>Counts per truth class, indexed by the class's value.</summary>
    public ScoreCounts[] ByClass { get; } = [.. Enumerable.Range(0, ClassCount).Select(_ => new ScoreCounts())];

    public Dictionary<string, TruthHistory> Truths { get; } = new(StringComparer.Ordinal);

    /// <summary>For each track id ever scored: its samples, and whether it was ever assigned to a truth.</summary>
    public Dictionary<long, (long Samples, bool Assigned)> Tracks { get; } = [];

    public int FrameCount { get; private set; }

    public DateTimeOffset FirstFrame { get; private set; }

    public DateTimeOffset LastFrame { get; private set; }

    /// <summary>Scores one frame, with positions already projected. Truths out of coverage are "don't care": a track
    /// paired with one is neither credited nor false, and one left alone is not missed.</summary>
    public void Score(DateTimeOffset time, IReadOnlyList<TruthPoint> truths, IReadOnlyList<bool> covered, IReadOnlyList<ProjectedPoint> truthPoints,
        IReadOnlyList<TrackReport> tracks, IReadOnlyList<ProjectedPoint> trackPoints)
    {
        // GOSPA from the minimum assignment; SIAP from one that keeps last frame's pairs where it can, so that two
        // objects side by side (a boat and the lifeboat alongside) are not counted as swapping tracks every frame.
        var gospaTruthOfTrack = CutoffAssignment.Solve(trackPoints, truthPoints, cutoffMetres, order);
        var siapTruthOfTrack = CutoffAssignment.Solve(trackPoints, truthPoints, cutoffMetres, order,
            (i, j) => _lastPairs.TryGetValue(truths[j].Id, out var id) && id == tracks[i].Id ? KeptPairWeight : 1);
        var localisation = new double[ClassCount];
        var missed = new double[ClassCount];
        var falseTerm = new double[ClassCount];
        var gospaTrackOfTruth = Invert(gospaTruthOfTrack, truths.Count);
        var siapTrackOfTruth = Invert(siapTruthOfTrack, truths.Count);
        var pairs = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var j = 0; j < truths.Count; j++)
        {
            var truth = truths[j];
            var s = siapTrackOfTruth[j];
            if (s >= 0)
            {
                pairs[truth.Id] = tracks[s].Id;
            }

            if (!covered[j])
            {
                continue;
            }

            // The terms of one frame, split by class so that the classes' terms sum to the frame's: a pair and a missed
            // truth count for the truth's class, a false track for the class it reports.
            var k = (int)truth.Class;
            if (gospaTrackOfTruth[j] is var g and >= 0)
            {
                localisation[k] += Math.Pow(trackPoints[g].PlanarDistanceMetres(truthPoints[j]), order);
            }
            else
            {
                missed[k] += _halfCutoffPower;
            }

            if (s >= 0)
            {
                Pair(truth, tracks[s], trackPoints[s].PlanarDistanceMetres(truthPoints[j]), time);
            }
            else
            {
                Miss(truth, time);
            }
        }

        for (var i = 0; i < tracks.Count; i++)
        {
            var k = (int)TruthClasses.FromTrackClass(tracks[i].Class);
            if (gospaTruthOfTrack[i] < 0)
            {
                falseTerm[k] += _halfCutoffPower;
            }

            var siap = siapTruthOfTrack[i];
            if (siap >= 0 && !covered[siap])
            {
                continue;
            }

            var assigned = siap >= 0;
            ref var history = ref CollectionsMarshal.GetValueRefOrAddDefault(Tracks, tracks[i].Id, out _);
            history = (history.Samples + 1, history.Assigned || assigned);
            CountTrack(Overall, assigned);
            CountTrack(ByClass[k], assigned);
        }

        Overall.AddFrame(localisation.Sum(), missed.Sum(), falseTerm.Sum(), order);
        for (var k = 0; k < ClassCount; k++)
        {
            ByClass[k].AddFrame(localisation[k], missed[k], falseTerm[k], order);
        }

        _lastPairs = pairs;
        FirstFrame = FrameCount == 0 ? time : FirstFrame;
        LastFrame = time;
        FrameCount++;
    }

    private static int[] Invert(int[] truthOfTrack, int truthCount)
    {
        var trackOfTruth = new int[truthCount];
        Array.Fill(trackOfTruth, -1);
        for (var i = 0; i < truthOfTrack.Length; i++)
        {
            if (truthOfTrack[i] >= 0)
            {
                trackOfTruth[truthOfTrack[i]] = i;
            }
        }

        return trackOfTruth;
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
