using Entente.Sar.Leeway;

namespace Entente.Sar.Drift;

/// <summary>One weighted hypothesis of what is drifting: a leeway category and the share of particles that take it.</summary>
/// <remarks>Immutable and validated. Weights of a run's scenarios are normalised, so 60/30/10 and 0.6/0.3/0.1 agree.</remarks>
public sealed record DriftScenario
{
    /// <summary>Creates a scenario.</summary>
    /// <param name="category">The leeway category.</param>
    /// <param name="weight">Its weight, positive and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not positive and finite.</exception>
    public DriftScenario(LeewayCategory category, double weight)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (!double.IsFinite(weight) || weight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A scenario's weight must be positive and finite.");
        }

        Category = category;
        Weight = weight;
    }

    /// <summary>The leeway category.</summary>
    public LeewayCategory Category { get; }

    /// <summary>Its weight.</summary>
    public double Weight { get; }
}
