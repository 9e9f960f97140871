using Entente.Core.Projection;
using Entente.Sar.Particles;
using Entente.Sar.Search.Patterns;

namespace Entente.Sar.Search;

/// <summary>
/// Chooses a search pattern for each available asset over a particle cloud, greedily, to raise the probability of success.
/// </summary>
/// <remarks>
/// <para>
/// Candidates per asset, rebuilt each round on the cloud as it stands: an expanding square at the datum and at the
/// weighted centroid (first leg into the wind); a sector search (one pass and two) about each when 90 % of the cloud lies
/// within 5 nm; and parallel sweeps and creeping lines over rectangles aligned with the cloud's principal axis, with the
/// length-to-width ratio of its spread (1 to 4), sized so that the asset's endurance covers them at coverages 0.5 to 3, and
/// placed where they hold the most probability. No candidate overlaps an area already assigned: as in IAMSAR practice,
/// each unit has its own water, for safety and so that efforts add up.
/// </para>
/// <para>
/// Greedy assignment: each round takes the (asset, candidate) with the greatest POS on the current cloud (which is the
/// greatest gain in the plan's total POS), assigns it, and applies the update for an unsuccessful search before the next
/// round, so that POS and gains are conditional on the earlier searches. Because the first choice is made alone, it may
/// take the core of the cloud and leave only the tails to the others; so the planner also tries, for each coverage, one
/// rectangle sized to the effort of all the assets together and split across its width into strips (IAMSAR's shared
/// search area), completes that greedily, and keeps whichever plan has the higher total POS.
/// </para>
/// <para>
/// This is not optimal: patterns are chosen one at a time from a few shapes rather than from every rectangle, and adding
/// an asset usually but not provably raises the result. Stone's optimal allocation (<see cref="EffortAllocation"/>)
/// bounds what any plan with the same effort could achieve under the random-search law. Transit times are not weighed
/// (an asset's start position only chooses a pattern's first corner).
/// </para>
/// </remarks>
public static class SearchPlanner
{
    /// <summary>Plans a search.</summary>
    /// <param name="cloud">Where the object may be: the drift's particles at the time of the search.</param>
    /// <param name="datum">The datum, Channel projection.</param>
    /// <param name="windFromDegrees">Where the wind blows from, degrees true (the expanding square's first leg heads into it).</param>
    /// <param name="assets">The available assets, at least one, names distinct.</param>
    /// <param name="law">The detection law for every pattern.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">There are no assets, or two share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The datum or wind direction is not finite.</exception>
    public static SearchPlan Plan(ParticleCloud cloud, ProjectedPoint datum, double windFromDegrees, IReadOnlyList<SearchAsset> assets,
        DetectionLaw law = DetectionLaw.RandomSearch)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentNullException.ThrowIfNull(assets);
        PatternChecks.Point(datum, nameof(datum));
        PatternChecks.Bearing(windFromDegrees, nameof(windFromDegrees));
        if (assets.Count == 0 || assets.Any(a => a is null))
        {
            throw new ArgumentException("A search plan needs at least one asset, and no null ones.", nameof(assets));
        }

        if (assets.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count() != assets.Count)
        {
            throw new ArgumentException("Every asset needs its own name.", nameof(assets));
        }

        // Patterns are laid out on the grid; grid north differs from true north by the meridian convergence.
        var intoWindGrid = windFromDegrees - ChannelProjection.ConvergenceDegrees(ChannelProjection.Unproject(datum));
        var candidates = new PlannerCandidates(cloud, datum, intoWindGrid, law);

        var best = Complete(cloud, candidates, [], assets);
        if (assets.Count > 1)
        {
            foreach (var strips in candidates.SharedRectangles(assets))
            {
                var plan = Complete(cloud, candidates, strips, assets);
                if (plan.TotalPos > best.TotalPos + 1e-12)
                {
                    best = plan;
                }
            }
        }

        return best;
    }

    /// <summary>Takes the given patterns first, then assigns the other assets greedily.</summary>
    private static SearchPlan Complete(ParticleCloud cloud, PlannerCandidates candidates, IReadOnlyList<SearchPattern> first, IReadOnlyList<SearchAsset> assets)
    {
        var current = cloud;
        var remaining = assets.Where(a => !first.Any(p => ReferenceEquals(p.Asset, a))).ToList();
        var assignments = new List<SearchAssignment>();
        var areas = new List<IReadOnlyList<ProjectedPoint>>();
        var missed = 1.0;
        var queue = new Queue<SearchPattern>(first);
        while (queue.Count > 0 || remaining.Count > 0)
        {
            SearchPattern? chosen = null;
            var chosenPos = 0.0;
            if (queue.Count > 0)
            {
                chosen = queue.Dequeue();
                chosenPos = SearchProbability.Pos(current, chosen);
            }
            else
            {
                foreach (var candidate in remaining.SelectMany(asset => candidates.For(current, asset, areas)))
                {
                    var pos = SearchProbability.Pos(current, candidate);
                    if (pos > chosenPos + 1e-12)
                    {
                        (chosen, chosenPos) = (candidate, pos);
                    }
                }

                if (chosen is null)
                {
                    break;
                }

                remaining.Remove(chosen.Asset);
            }

            assignments.Add(new SearchAssignment(chosen, SearchProbability.Pos(cloud, chosen), chosenPos, missed * chosenPos));
            areas.Add(chosen.CoveredArea);
            missed *= 1 - chosenPos;
            if (chosenPos >= 1 - 1e-12)
            {
                // Nothing is left to find: the update would divide by zero, and further assets add nothing.
                remaining.AddRange(queue.Select(p => p.Asset));
                break;
            }

            current = SearchProbability.AfterUnsuccessfulSearch(current, chosen);
        }

        return new SearchPlan(assignments, remaining, 1 - missed, current);
    }
}
