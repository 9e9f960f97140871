using Entente.Core.Projection;
using Entente.Tracking.Association;

namespace Entente.Tracking.Metrics;

/// <summary>
/// OSPA (Schuhmacher, Vo &amp; Vo 2008): with m ≤ n estimates and truths (swapped otherwise) and d_c = min(c, d),
/// ((1/n)·[min over assignments Σ d_cᵖ + cᵖ·(n − m)])^{1/p}; 0 when both sets are empty, c when one is. Bounded by c.
/// </summary>
public static class Ospa
{
    /// <summary>Computes OSPA between estimates and truths in the Channel projection.</summary>
    /// <param name="estimates">Estimated positions, metres.</param>
    /// <param name="truths">True positions, metres.</param>
    /// <param name="cutoffMetres">The cut-off c, positive.</param>
    /// <param name="order">The order p, at least 1.</param>
    /// <returns>The distance, metres, between 0 and c.</returns>
    public static double ComputeMetres(IReadOnlyList<ProjectedPoint> estimates, IReadOnlyList<ProjectedPoint> truths, double cutoffMetres = 500, double order = 2)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(truths);
        Gospa.Require(cutoffMetres, order);
        var (small, large) = estimates.Count <= truths.Count ? (estimates, truths) : (truths, estimates);
        if (large.Count == 0)
        {
            return 0;
        }

        var costs = new double[small.Count, large.Count];
        for (var i = 0; i < small.Count; i++)
        {
            for (var j = 0; j < large.Count; j++)
            {
                costs[i, j] = Math.Pow(Math.Min(cutoffMetres, small[i].PlanarDistanceMetres(large[j])), order);
            }
        }

        var assignment = LinearAssignment.Solve(costs);
        var sum = 0.0;
        for (var i = 0; i < assignment.Length; i++)
        {
            sum += costs[i, assignment[i]];
        }

        sum += Math.Pow(cutoffMetres, order) * (large.Count - small.Count);
        return Math.Pow(sum / large.Count, 1 / order);
    }
}
