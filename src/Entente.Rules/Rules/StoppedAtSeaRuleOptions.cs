namespace Entente.Rules.Rules;

/// <summary>When a small boat counts as stopped or drifting at sea.</summary>
public sealed record StoppedAtSeaRuleOptions
{
    /// <summary>Mean speed through the water below which it is stopped or drifting, knots; 1.5 by default (a boat
    /// under way makes 4–8 kn; one adrift moves with the current plus a few tenths of a knot of leeway).</summary>
    public double BelowKnots { get; init; } = 1.5;

    /// <summary>How long the mean is taken over; 5 minutes by default.</summary>
    public TimeSpan For { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How far from the coast it must be, metres; 700 by default (taxi boats wait a few hundred metres off the beaches on purpose).</summary>
    public double AwayFromShoreMetres { get; init; } = 700;

    /// <summary>Checks every value.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive.</exception>
    public StoppedAtSeaRuleOptions Validate()
    {
        RuleOptions.Positive(BelowKnots, nameof(BelowKnots));
        RuleOptions.Positive(For, nameof(For));
        RuleOptions.Positive(AwayFromShoreMetres, nameof(AwayFromShoreMetres));
        return this;
    }
}
