namespace Entente.Tracking.Types;

/// <summary>
/// The mean and covariance of a weighted mixture of Gaussians (moment matching): x̄ = Σ wᵢ·xᵢ and
/// P̄ = Σ wᵢ·(Pᵢ + (xᵢ − x̄)(xᵢ − x̄)ᵀ). Shared by an IMM state's combination and the IMM's mixing step.
/// </summary>
internal static class MixtureMoments
{
    /// <summary>Moment-matches a mixture.</summary>
    /// <param name="components">The components, all of one dimension.</param>
    /// <param name="weights">Their weights, non-negative and summing to one.</param>
    /// <param name="time">The time the result holds.</param>
    /// <returns>The single Gaussian with the mixture's mean and covariance.</returns>
    public static GaussianState Combine(ReadOnlySpan<GaussianState> components, ReadOnlySpan<double> weights, DateTimeOffset time)
    {
        var n = components[0].Mean.Rows;
        var mean = new double[n];
        for (var c = 0; c < components.Length; c++)
        {
            var w = weights[c];
            var x = components[c].Mean;
            for (var i = 0; i < n; i++)
            {
                mean[i] += w * x[i, 0];
            }
        }

        // Only the upper triangle is summed and then mirrored, so the result is exactly symmetric.
        var covariance = new double[n, n];
        Span<double> spread = n <= 16 ? stackalloc double[n] : new double[n];
        for (var c = 0; c < components.Length; c++)
        {
            var w = weights[c];
            if (w == 0)
            {
                continue;
            }

            var x = components[c].Mean;
            var p = components[c].Covariance;
            for (var i = 0; i < n; i++)
            {
                spread[i] = x[i, 0] - mean[i];
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = i; j < n; j++)
                {
                    covariance[i, j] += w * (p[i, j] + (spread[i] * spread[j]));
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                covariance[i, j] = covariance[j, i];
            }
        }

        return new GaussianState(Matrix.Column(mean), Matrix.From(covariance), time);
    }
}
