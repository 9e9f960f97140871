namespace Entente.Rules.Rules;

/// <summary>When a new track counts as a launch.</summary>
public sealed record LaunchRuleOptions
{
    /// <summary>How close to a launch beach a track must first appear, metres; 3,000 by default (a boat is usually
    /// first held by radar within a kilometre or two of the water's edge).</summary>
    public double BeachRadiusMetres { get; init; } = 3_000;

    /// <summary>How long after a track first appears it may still be recognised as a launch (classification takes
    /// a few minutes of plots); 20 minutes by default.</summary>
    public TimeSpan RecogniseWithin { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>How recent a beach sensor event must be to corroborate a track that is not yet classified; 20 minutes.</summary>
    public TimeSpan GroundEventWindow { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>How close to the beach a beach sensor event must be, metres; 2,500 by default.</summary>
    public double GroundEventRadiusMetres { get; init; } = 2_500;

    /// <summary>How old a track must be before a beach sensor event alone makes it a launch; 2 minutes by default
    /// (a ferry's AIS names its track within seconds).</summary>
    public TimeSpan CorroboratedAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The fastest a track may go for a beach sensor event alone to make it a launch, knots; 12 by default.</summary>
    public double MaxCorroboratedSpeedKnots { get; init; } = 12;

    /// <summary>How soon after a launch from the same beach a new track may be the same boat; 15 minutes by default.</summary>
    public TimeSpan SameLaunchWithin { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How much further from the beach than where it first appeared a track must be, metres; 150 by default
    /// (half a minute at 5 kn).</summary>
    public double MovedAwayMetres { get; init; } = 150;

    /// <summary>Checks every value.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive.</exception>
    public LaunchRuleOptions Validate()
    {
        RuleOptions.Positive(BeachRadiusMetres, nameof(BeachRadiusMetres));
        RuleOptions.Positive(RecogniseWithin, nameof(RecogniseWithin));
        RuleOptions.Positive(GroundEventWindow, nameof(GroundEventWindow));
        RuleOptions.Positive(GroundEventRadiusMetres, nameof(GroundEventRadiusMetres));
        RuleOptions.Positive(CorroboratedAfter, nameof(CorroboratedAfter));
        RuleOptions.Positive(MaxCorroboratedSpeedKnots, nameof(MaxCorroboratedSpeedKnots));
        RuleOptions.Positive(SameLaunchWithin, nameof(SameLaunchWithin));
        RuleOptions.Positive(MovedAwayMetres, nameof(MovedAwayMetres));
        return this;
    }
}
