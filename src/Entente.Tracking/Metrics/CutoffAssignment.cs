using Entente.Core.Projection;
using Entente.Tracking.Association;

namespace Entente.Tracking.Metrics;

/// <summary>
/// The assignment of estimates to truths that metrics use: each pair costs a weight times min(d, c)ᵖ, and pairs at or
/// beyond c are read as unassigned. Only pairs closer than c can be chosen, so the problem splits into clusters of
/// points linked by such pairs (found through a grid of c-sized cells); each is solved on its own, which keeps a
/// picture of hundreds of tracks fast.
/// </summary>
internal static class CutoffAssignment
{
    /// <summary>Solves the assignment.</summary>
    /// <param name="estimates">The estimates.</param>
    /// <param name="truths">The truths.</param>
    /// <param name="cutoffMetres">c.</param>
    /// <param name="order">p.</param>
    /// <param name="weight">A factor on each pair's cost (1 for plain GOSPA; less to favour a pair, e.g. one kept from the
    /// frame before); null for 1.</param>
    /// <returns>For each estimate, its truth's index, or -1.</returns>
    public static int[] Solve(IReadOnlyList<ProjectedPoint> estimates, IReadOnlyList<ProjectedPoint> truths, double cutoffMetres, double order,
        Func<int, int, double>? weight = null)
    {
        var cp = Math.Pow(cutoffMetres, order);
        var pairs = NearPairs(estimates, truths, cutoffMetres);

        // Union–find over estimates (0..m-1) and truths (m..m+n-1).
        var m = estimates.Count;
        var parent = Enumerable.Range(0, m + truths.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        foreach (var (i, j, _) in pairs)
        {
            var a = Find(i);
            var b = Find(m + j);
            if (a != b)
            {
                parent[a] = b;
            }
        }

        var result = new int[m];
        Array.Fill(result, -1);
        foreach (var cluster in pairs.GroupBy(p => Find(p.Estimate)))
        {
            var rows = cluster.Select(p => p.Estimate).Distinct().ToList();
            var columns = cluster.Select(p => p.Truth).Distinct().ToList();
            var rowOf = rows.Select((e, k) => (e, k)).ToDictionary(x => x.e, x => x.k);
            var columnOf = columns.Select((t, k) => (t, k)).ToDictionary(x => x.t, x => x.k);
            var costs = new double[rows.Count, columns.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    costs[r, c] = cp;
                }
            }

            foreach (var (i, j, distance) in cluster)
            {
                costs[rowOf[i], columnOf[j]] = (weight?.Invoke(i, j) ?? 1) * Math.Pow(distance, order);
            }

            var solution = LinearAssignment.Solve(costs);
            for (var r = 0; r < solution.Length; r++)
            {
                if (solution[r] >= 0 && estimates[rows[r]].PlanarDistanceMetres(truths[columns[solution[r]]]) < cutoffMetres)
                {
                    result[rows[r]] = columns[solution[r]];
                }
            }
        }

        return result;
    }

    private static List<(int Estimate, int Truth, double Distance)> NearPairs(IReadOnlyList<ProjectedPoint> estimates, IReadOnlyList<ProjectedPoint> truths,
        double cutoffMetres)
    {
        var cells = new Dictionary<(long, long), List<int>>();
        for (var j = 0; j < truths.Count; j++)
        {
            var key = Cell(truths[j], cutoffMetres);
            if (!cells.TryGetValue(key, out var list))
            {
                cells.Add(key, list = []);
            }

            list.Add(j);
        }

        var pairs = new List<(int, int, double)>();
        for (var i = 0; i < estimates.Count; i++)
        {
            var (cx, cy) = Cell(estimates[i], cutoffMetres);
            for (var x = cx - 1; x <= cx + 1; x++)
            {
                for (var y = cy - 1; y <= cy + 1; y++)
                {
                    if (!cells.TryGetValue((x, y), out var list))
                    {
                        continue;
                    }

                    foreach (var j in list)
                    {
                        var d = estimates[i].PlanarDistanceMetres(truths[j]);
                        if (d < cutoffMetres)
                        {
                            pairs.Add((i, j, d));
                        }
                    }
                }
            }
        }

        return pairs;
    }

    private static (long, long) Cell(ProjectedPoint point, double size) =>
        ((long)Math.Floor(point.EastingMetres / size), (long)Math.Floor(point.NorthingMetres / size));
}
