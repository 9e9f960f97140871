using Entente.Sar.Particles;
using Entente.Sar.Search.Patterns;

namespace Entente.Sar.Search;

/// <summary>
/// Probability of success and the update after a search that found nothing, over a particle cloud (IAMSAR Vol II; Stone,
/// Theory of Optimal Search). Each particle's weight is its probability of containment (POC).
/// </summary>
public static class SearchProbability
{
    /// <summary>Each particle's probability of detection by a pattern: its POD inside the covered area, 0 outside.</summary>
    /// <param name="cloud">The particles.</param>
    /// <param name="pattern">The search.</param>
    /// <returns>One POD per particle.</returns>
    public static double[] ParticlePods(ParticleCloud cloud, SearchPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentNullException.ThrowIfNull(pattern);
        var pods = new double[cloud.Count];
        var eastings = cloud.EastingsMetres;
        var northings = cloud.NorthingsMetres;
        for (var i = 0; i < pods.Length; i++)
        {
            pods[i] = pattern.PodAt(eastings[i], northings[i]);
        }

        return pods;
    }

    /// <summary>Probability of success: POS = Σ wᵢ·PODᵢ.</summary>
    /// <param name="cloud">The particles.</param>
    /// <param name="pods">One POD per particle, each 0 to 1.</param>
    /// <returns>The POS, 0 to 1.</returns>
    /// <exception cref="ArgumentException">The PODs do not match the particles or are out of range.</exception>
    public static double Pos(ParticleCloud cloud, ReadOnlySpan<double> pods)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        CheckPods(cloud, pods);
        var weights = cloud.Weights;
        var pos = 0.0;
        for (var i = 0; i < pods.Length; i++)
        {
            pos += weights[i] * pods[i];
        }

        return Math.Clamp(pos, 0.0, 1.0);
    }

    /// <summary>Probability of success of a pattern over a cloud.</summary>
    /// <param name="cloud">The particles.</param>
    /// <param name="pattern">The search.</param>
    /// <returns>The POS, 0 to 1.</returns>
    public static double Pos(ParticleCloud cloud, SearchPattern pattern) => Pos(cloud, ParticlePods(cloud, pattern));

    /// <summary>Cumulative POS of searches: 1 − Π(1 − POSₖ).</summary>
    /// <remarks>Exact when each POSₖ was computed on the cloud as updated by the unsuccessful searches before it.</remarks>
    /// <param name="searchPos">The POS of each search, each 0 to 1.</param>
    /// <returns>The cumulative POS; 0 for no searches.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A POS is outside 0 to 1.</exception>
    public static double CumulativePos(IEnumerable<double> searchPos)
    {
        ArgumentNullException.ThrowIfNull(searchPos);
        var missed = 1.0;
        foreach (var pos in searchPos)
        {
            if (!(pos is >= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(searchPos), pos, "Every POS must be between 0 and 1.");
            }

            missed *= 1 - pos;
        }

        return 1 - missed;
    }

    /// <summary>
    /// The cloud after a search that found nothing (negative information): wᵢ ← wᵢ(1 − PODᵢ), renormalised, so that
    /// POCᵢ' = POCᵢ(1 − PODᵢ)/(1 − POS).
    /// </summary>
    /// <param name="cloud">The particles before the search.</param>
    /// <param name="pods">One POD per particle, each 0 to 1.</param>
    /// <returns>A new cloud with the updated weights.</returns>
    /// <exception cref="ArgumentException">The PODs do not match the particles or are out of range.</exception>
    /// <exception cref="InvalidOperationException">The search was certain to find the object (POS = 1), so its failure is impossible.</exception>
    public static ParticleCloud AfterUnsuccessfulSearch(ParticleCloud cloud, ReadOnlySpan<double> pods)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        CheckPods(cloud, pods);
        var weights = new double[cloud.Count];
        var source = cloud.Weights;
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = source[i] * (1 - pods[i]);
            sum += weights[i];
        }

        return sum > 0
            ? cloud.WithWeights(weights)
            : throw new InvalidOperationException("The search was certain to find the object; an unsuccessful result contradicts the cloud.");
    }

    /// <summary>The cloud after a pattern was searched and nothing found.</summary>
    /// <param name="cloud">The particles before the search.</param>
    /// <param name="pattern">The search.</param>
    /// <returns>A new cloud with the updated weights.</returns>
    /// <exception cref="InvalidOperationException">The search was certain to find the object.</exception>
    public static ParticleCloud AfterUnsuccessfulSearch(ParticleCloud cloud, SearchPattern pattern) =>
        AfterUnsuccessfulSearch(cloud, ParticlePods(cloud, pattern));

    private static void CheckPods(ParticleCloud cloud, ReadOnlySpan<double> pods)
    {
        if (pods.Length != cloud.Count)
        {
            throw new ArgumentException("There must be one POD per particle.", nameof(pods));
        }

        foreach (var pod in pods)
        {
            if (!(pod is >= 0 and <= 1))
            {
                throw new ArgumentException("Every POD must be between 0 and 1.", nameof(pods));
            }
        }
    }
}
