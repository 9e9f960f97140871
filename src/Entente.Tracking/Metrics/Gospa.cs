using Entente.Core.Projection;

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
    public static GospaResult Compute(IReadOnlyList<ProjectedPoint> estimates, IReadOnlyList<ProjectedPoint> truths, double cutoffMetres = 500, double order = 2) =>
        Compute(estimates, truths, cutoffMetres, order, out _);

    /// <summary>Computes GOSPA and says which truth each estimate was paired with.</summary>
    /// <param name="estimates">Estimated positions (tracks), metres.</param>
    /// <param name="truths">True positions, metres.</param>
    /// <param name="cutoffMetres">The cut-off c, positive.</param>
    /// <param name="order">The order p, at least 1.</param>
    /// <param name="truthOfEstimate">For each estimate, the index of its truth, or -1 when it is false.</param>
    /// <returns>The distance and its decomposition.</returns>
    internal static GospaResult Compute(IReadOnlyList<ProjectedPoint> estimates, IReadOnlyList<ProjectedPoint> truths, double cutoffMetres,
        double order, out int[] truthOfEstimate)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(truths);
        Require(cutoffMetres, order);
        var cp = Math.Pow(cutoffMetres, order);

        // Each pair costs min(d, c)ᵖ: a pair at or beyond the cut-off costs cᵖ, exactly what leaving both unassigned costs
        // (cᵖ/2 + cᵖ/2), so such pairs are read as unassigned. Forbidding them instead would make the solver pair as many
        // points as it can before it looks at distances, which is not the GOSPA minimum.
        truthOfEstimate = CutoffAssignment.Solve(estimates, truths, cutoffMetres, order);
        var localisation = 0.0;
        var assigned = 0;
        foreach (var (i, j) in truthOfEstimate.Select((j, i) => (i, j)))
        {
            if (j >= 0)
            {
                localisation += Math.Pow(estimates[i].PlanarDistanceMetres(truths[j]), order);
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
