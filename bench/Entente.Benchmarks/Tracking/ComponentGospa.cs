using Entente.Core.Projection;
using Entente.Tracking.Metrics;

namespace Entente.Benchmarks.Tracking;

/// <summary>
/// GOSPA (α = 2) for pictures too large for one assignment matrix (10,000 × 10,000 is 800 MB and cubic time): a pair at
/// or beyond the cut-off costs exactly what leaving both points unassigned costs, so the optimal assignment never
/// needs such a pair, and the problem splits into the groups of points linked by pairs closer than the cut-off. Each
/// group is solved by <see cref="Gospa.Compute"/>; the p-th power terms add up. The same value as one call, in
/// near-linear time when points are spread out.
/// </summary>
public static class ComponentGospa
{
    /// <summary>Computes GOSPA group by group.</summary>
    /// <param name="estimates">Estimated positions, metres.</param>
    /// <param name="truths">True positions, metres.</param>
    /// <param name="cutoffMetres">The cut-off c.</param>
    /// <param name="order">The order p.</param>
    /// <returns>The distance and its decomposition.</returns>
    public static GospaResult Compute(IReadOnlyList<ProjectedPoint> estimates, IReadOnlyList<ProjectedPoint> truths, double cutoffMetres = 500, double order = 2)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(truths);
        var points = estimates.Concat(truths).ToList();
        var parent = Enumerable.Range(0, points.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        // Cells the size of the cut-off: a pair closer than it lies in the same or a neighbouring cell.
        var cells = new Dictionary<(long, long), List<int>>();
        (long, long) Cell(ProjectedPoint p) => ((long)Math.Floor(p.EastingMetres / cutoffMetres), (long)Math.Floor(p.NorthingMetres / cutoffMetres));
        for (var i = estimates.Count; i < points.Count; i++)
        {
            var key = Cell(points[i]);
            if (!cells.TryGetValue(key, out var list))
            {
                cells.Add(key, list = []);
            }

            list.Add(i);
        }

        for (var e = 0; e < estimates.Count; e++)
        {
            var (cx, cy) = Cell(points[e]);
            for (var x = cx - 1; x <= cx + 1; x++)
            {
                for (var y = cy - 1; y <= cy + 1; y++)
                {
                    if (!cells.TryGetValue((x, y), out var members))
                    {
                        continue;
                    }

                    foreach (var t in members)
                    {
                        if (points[e].PlanarDistanceMetres(points[t]) < cutoffMetres)
                        {
                            parent[Find(e)] = Find(t);
                        }
                    }
                }
            }
        }

        var groups = new Dictionary<int, (List<ProjectedPoint> Estimates, List<ProjectedPoint> Truths)>();
        for (var i = 0; i < points.Count; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var group))
            {
                groups.Add(root, group = ([], []));
            }

            (i < estimates.Count ? group.Estimates : group.Truths).Add(points[i]);
        }

        var (localisation, missed, falseTerm, assigned, missedCount, falseCount) = (0.0, 0.0, 0.0, 0, 0, 0);
        foreach (var (groupEstimates, groupTruths) in groups.Values)
        {
            var part = Gospa.Compute(groupEstimates, groupTruths, cutoffMetres, order);
            localisation += part.Localisation;
            missed += part.Missed;
            falseTerm += part.False;
            assigned += part.AssignedCount;
            missedCount += part.MissedCount;
            falseCount += part.FalseCount;
        }

        return new GospaResult(Math.Pow(localisation + missed + falseTerm, 1 / order), localisation, missed, falseTerm, assigned, missedCount, falseCount);
    }
}
