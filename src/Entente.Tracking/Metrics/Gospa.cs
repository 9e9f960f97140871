using Entente.Core.Projection;
using Entente.Tracking.Association;

namespace Entente.Tracking.Metrics;

/// <summary>
/// Generalised OSPA with α = 2 (Rahmathullah, García-Fernández &amp; Svensson 2017): the smallest, over assignments
/// that pair only points closer than the cut-off c, of Σ dᵖ over pairs plus cᵖ/2 for every missed truth and every false
/// estimate, to the power 1/p. Not normalised by the number of objects, so it grows with missed and false tracks.
/// </summary>
public static class Gospa
{
    /// <summary>Computes GOSPA between estimates and truths in the Channel projection.</summary>
    /// <param name="estimates">Estimated positions (tracks), metres.</param>
    /// <param name="truths">True positions, metres.</param>
    /// <param name="cutoffMetres">The cut-off c, positive (500 m is Entente's default).</param>
    /// <param name="order">The order p, at least 1 (Entente reports p = 2, and p = 1 to compare with published figures).</param>
    /// <returns>The distance and its decomposition.</returns>
    public static GospaResult Compute(IReadOnlyList<ProjectedPoint> estimates, IReadOnlyList<ProjectedPoint> truths, double cutoffMetres = 500, double order = 2)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(truths);
        Require(cutoffMetres, order);
        var cp = Math.Pow(cutoffMetres, order);

        // Pairs at or beyond the cut-off are forbidden: leaving both unassigned costs cᵖ/2 + cᵖ/2, no more than pairing them.
        var costs = new double[estimates.Count, truths.Count];
        for (var i = 0; i < estimates.Count; i++)
        {
            for (var j = 0; j < truths.Count; j++)
            {
                var d = estimates[i].PlanarDistanceMetres(truths[j]);
                costs[i, j] = d < cutoffMetres ? Math.Pow(d, order) : double.PositiveInfinity;
            }
        }

        var assignment = LinearAssignment.Solve(costs);
        var localisation = 0.0;
        var assigned = 0;
        for (var i = 0; i < assignment.Length; i++)
        {
            if (assignment[i] >= 0)
            {
                localisation += costs[i, assignment[i]];
                assigned++;
            }
        }

        var missedCount = truths.Count - assigned;
        var falseCount = estimates.Count - assigned;
        var missed = cp / 2 * missedCount;
        var falseTerm = cp / 2 * falseCount;
        return new GospaResult(Math.Pow(localisation + missed + falseTerm, 1 / order), localisation, missed, falseTerm, assigned, missedCount, falseCount);
    }

    internal static void Require(double cutoffMetres, double order)
    {
        if (!double.IsFinite(cutoffMetres) || cutoffMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cutoffMetres), cutoffMetres, "The cut-off must be a positive number of metres.");
        }

        if (!double.IsFinite(order) || order < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "The order must be at least 1.");
        }
    }
}
