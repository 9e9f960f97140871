namespace Entente.Statistics.Analysis;

/// <summary>One period against another (the previous period, or the same period a year before).</summary>
/// <param name="Previous">The period compared against.</param>
/// <param name="Current">The period compared.</param>
public sealed record PeriodChange(PeriodTotal Previous, PeriodTotal Current)
{
    /// <summary>Change in people arrived, in percent, or null when none arrived before.</summary>
    public double? PeopleChangePercent => PercentChange.Between(Previous.PeopleArrived, Current.PeopleArrived);

    /// <summary>Change in boats arrived, in percent, or null when none arrived before.</summary>
    public double? BoatsChangePercent => PercentChange.Between(Previous.BoatsArrived, Current.BoatsArrived);

    /// <summary>Change in people per boat, in percent, or null when either period had no boat.</summary>
    public double? PeoplePerBoatChangePercent =>
        Previous.PeoplePerBoat is { } before && Current.PeoplePerBoat is { } now ? PercentChange.Between(before, now) : null;
}
