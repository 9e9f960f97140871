using Entente.Core.Geodesy;
using Entente.Core.Projection;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Correlation;

/// <summary>
/// The likelihoods behind the correlator. A call's position is scored against a track as the average, over the
/// position-age window, of a Gaussian with the call's and the track's errors combined (the age is unknown, so each
/// instant of the window is equally likely). A case multiplies its calls' likelihoods per track, each mixed with a small
/// outlier share; "no track" scores the calls' agreement with each other about an unseen, moving boat.
/// </summary>
internal sealed class CaseScoring(DistressCorrelatorOptions options)
{
    private const double SquareMetresPerSquareKilometre = 1e6;

    private const double UnknownPeopleLog = -0.5;

    public DistressCorrelatorOptions Options { get; } = options;

    /// <summary>Scores a call against one track and keeps the result when the track is within the gate.</summary>
    public void Score(CallState call, TrackHistory track)
    {
        // A track ended more than the history ago says nothing of where a boat is now.
        if (call.Point is not { } z || call.Call.Position is not { } position || track.Samples.Count == 0
            || call.Time - track.LastSeen > Options.HistoryDuration)
        {
            return;
        }

        var steps = Math.Max(1, (int)(Options.MaxPositionAge.Ticks / Options.HistoryInterval.Ticks));
        var callVariance = call.SigmaMetres * call.SigmaMetres;
        var sum = 0.0;
        var closestSquared = double.PositiveInfinity;
        var nearestSquared = double.PositiveInfinity;
        TrackSample nearest = default;
        for (var k = 0; k <= steps; k++)
        {
            var (sample, trackVariance) = track.At(call.Time - (Options.HistoryInterval * k), Options.UnseenBoatSpeedMetresPerSecond);
            var variance = callVariance + trackVariance;
            var dx = sample.Point.EastingMetres - z.EastingMetres;
            var dy = sample.Point.NorthingMetres - z.NorthingMetres;
            var squared = (dx * dx) + (dy * dy);
            sum += Density(squared, variance);
            closestSquared = Math.Min(closestSquared, squared / variance);
            if (squared < nearestSquared)
            {
                nearestSquared = squared;
                nearest = sample;
            }
        }

        if (closestSquared > Options.GateSigmas * Options.GateSigmas)
        {
            return;
        }

        call.Scores[track.Id] = new CallTrackScore(sum / (steps + 1), Geodesic.DistanceMetres(position, nearest.Position));
    }

    /// <summary>The probabilities of each candidate track and of "no track" given some calls believed to be one boat.</summary>
    public Hypotheses Combine(IReadOnlyList<CallState> calls, IReadOnlyDictionary<long, TrackHistory> tracks, DateTimeOffset latestFrame)
    {
        var positioned = calls.Where(c => c.Point is not null).OrderBy(c => c.Time).ToList();
        if (positioned.Count == 0)
        {
            return Hypotheses.NoTrack;
        }

        var outlier = Options.OutlierShare * Options.OutlierDensityPerSquareKilometre;
        var people = MedianPeople(calls);
        var logs = new Dictionary<long, double>();
        foreach (var id in positioned.SelectMany(c => c.Scores.Keys).Distinct())
        {
            var weight = tracks.TryGetValue(id, out var track) ? Weight(track) : 0;
            if (track is null || weight <= 0)
            {
                continue;
            }

            // One people factor per case, not per call: callers on one boat guess alike, so their counts are not independent.
            var log = Math.Log(weight) + PeopleLog(people, track.People);
            foreach (var call in positioned)
            {
                var likelihood = call.Scores.TryGetValue(id, out var score) ? score.LikelihoodPerSquareKilometre : 0;
                log += Math.Log(((1 - Options.OutlierShare) * likelihood) + outlier);
            }

            logs[id] = log;
        }

        var none = Math.Log(Options.NoTrackDensityPerSquareKilometre) + UnknownPeopleLog + UnseenBoatLog(positioned, outlier);
        var max = logs.Values.Append(none).Max();
        var total = Math.Exp(none - max) + logs.Values.Sum(l => Math.Exp(l - max));
        var all = logs.ToDictionary(p => p.Key, p => Math.Exp(p.Value - max) / total);
        var noneProbability = Math.Exp(none - max) / total;

        var most = all.Count > 0 ? all.Values.Max() : 0;
        var listed = all.Where(p => p.Value >= Options.ListProbabilityAtLeast || p.Value == most)
            .Select(p => Candidate(p.Key, p.Value, positioned, tracks[p.Key], latestFrame))
            .OrderByDescending(c => c.Probability).ThenBy(c => c.DistanceMetres).ThenBy(c => c.TrackId)
            .ToList();
        var ranked = all.Values.Append(noneProbability).OrderDescending().ToList();
        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1] : 0;
        long? best = listed.Count > 0 && listed[0].Probability > noneProbability ? listed[0].TrackId : null;
        var correlation = top < Options.AmbiguousBestBelow || second >= Options.AmbiguousSecondAtLeast
            ? CaseCorrelation.Ambiguous
            : best is null ? CaseCorrelation.Uncorrelated : CaseCorrelation.Correlated;
        return new Hypotheses(all, noneProbability, listed, best, best is null ? noneProbability : listed[0].Probability, correlation);
    }

    /// <summary>Where the calls put the boat as at a time: the mean of their positions weighted by their errors, each
    /// widened by how far a boat moves from the (unknown) time of its position to then.</summary>
    public (ProjectedPoint Point, double SigmaMetres)? Fuse(IEnumerable<CallState> calls, DateTimeOffset time)
    {
        double weights = 0, east = 0, north = 0;
        foreach (var call in calls)
        {
            if (call.Point is not { } point)
            {
                continue;
            }

            var weight = 1 / Widened(call, time);
            weights += weight;
            east += weight * point.EastingMetres;
            north += weight * point.NorthingMetres;
        }

        return weights > 0 ? (new ProjectedPoint(east / weights, north / weights), Math.Sqrt(1 / weights)) : null;
    }

    /// <summary>The median of the people counts the calls gave, or null.</summary>
    public static int? MedianPeople(IEnumerable<CallState> calls)
    {
        var counts = calls.Where(c => c.Call.People is not null).Select(c => c.Call.People!.Value).Order().ToList();
        return counts.Count > 0 ? counts[counts.Count / 2] : null;
    }

    /// <summary>The tracker's probability that a track is a small boat, floored; 0 for a vessel with AIS.</summary>
    public double Weight(TrackHistory track) =>
        track.Class == TrackClass.VesselWithAis ? 0 : Math.Max(Options.MinimumTrackPrior, track.SmallBoatProbability);

    private static double Density(double distanceSquared, double variance) =>
        Math.Exp(-0.5 * distanceSquared / variance) / (2 * Math.PI * variance) * SquareMetresPerSquareKilometre;

    // A position given at the call is from somewhere in the age window: count its middle, and the time since.
    private double Widened(CallState call, DateTimeOffset time)
    {
        var seconds = Math.Abs((time - call.Time).TotalSeconds) + (Options.MaxPositionAge.TotalSeconds / 2);
        var moved = seconds * Options.UnseenBoatSpeedMetresPerSecond;
        return (call.SigmaMetres * call.SigmaMetres) + (moved * moved);
    }

    // Under "no track", the first position is scored by the no-track density; each later one by how well it agrees with
    // where the earlier ones put the boat, widened by how far it could have gone.
    private double UnseenBoatLog(List<CallState> positioned, double outlier)
    {
        var log = 0.0;
        for (var i = 1; i < positioned.Count; i++)
        {
            var call = positioned[i];
            var (point, sigma) = Fuse(positioned.Take(i), call.Time)!.Value;
            var ageMetres = Options.MaxPositionAge.TotalSeconds / 2 * Options.UnseenBoatSpeedMetresPerSecond;
            var variance = (call.SigmaMetres * call.SigmaMetres) + (sigma * sigma) + (ageMetres * ageMetres);
            var dx = call.Point!.Value.EastingMetres - point.EastingMetres;
            var dy = call.Point!.Value.NorthingMetres - point.NorthingMetres;
            log += Math.Log(((1 - Options.OutlierShare) * Density((dx * dx) + (dy * dy), variance)) + outlier);
        }

        return log;
    }

    // A weak factor: a count far off weighs against a track no more than one PeopleMaxSigmas off; an unknown count is
    // scored as one sigma off, so that a matching count helps and a missing one neither helps nor hurts much.
    private double PeopleLog(int? reported, int? aboard)
    {
        if (reported is not > 0 || aboard is not > 0)
        {
            return UnknownPeopleLog;
        }

        var sigmas = Math.Min(Math.Abs(Math.Log((double)reported.Value / aboard.Value)) / Options.PeopleLogSigma, Options.PeopleMaxSigmas);
        return -0.5 * sigmas * sigmas;
    }

    private static CaseCandidate Candidate(long id, double probability, List<CallState> calls, TrackHistory track, DateTimeOffset latestFrame)
    {
        var distance = calls.Where(c => c.Scores.ContainsKey(id)).Min(c => c.Scores[id].DistanceMetres);
        return new CaseCandidate(id, probability, distance, track.Class, track.People, track.LastSeen, track.LastSeen == latestFrame);
    }
}
