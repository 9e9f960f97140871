namespace Entente.Rules.Rules;

/// <summary>When a small boat's movement along the shore counts as a taxi boat's pick-up.</summary>
public sealed record TaxiBoatRuleOptions
{
    /// <summary>How far from the coast it must have stayed throughout, metres; 3,000 by default.</summary>
    public double ShoreBandMetres { get; init; } = 3_000;

    /// <summary>How far from where it first appeared it must have run before stopping, metres; 3,000 by default.</summary>
    public double MinRunMetres { get; init; } = 3_000;

    /// <summary>Mean speed over the ground below which it is stopped, knots; 1.5 by default.</summary>
    public double StoppedBelowKnots { get; init; } = 1.5;

    /// <summary>How long it must have been stopped; 2 minutes by default.</summary>
    public TimeSpan StoppedFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How close to another launch beach it must stop, metres; 2,000 by default.</summary>
    public double BeachRadiusMetres { get; init; } = 2_000;

    /// <summary>Checks every value.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive.</exception>
    public TaxiBoatRuleOptions Validate()
    {
        RuleOptions.Positive(ShoreBandMetres, nameof(ShoreBandMetres));
        RuleOptions.Positive(MinRunMetres, nameof(MinRunMetres));
        RuleOptions.Positive(StoppedBelowKnots, nameof(StoppedBelowKnots));
        RuleOptions.Positive(StoppedFor, nameof(StoppedFor));
        RuleOptions.Positive(BeachRadiusMetres, nameof(BeachRadiusMetres));
        return this;
    }
}
