namespace Entente.Statistics.Analysis;

/// <summary>Arrivals over one period (a year, a month or an ISO week), from the days published in it.</summary>
/// <param name="Label">The period: "2021", "2021-11" or "2020-W53".</param>
/// <param name="Start">The first day of the period.</param>
/// <param name="End">The last day of the period.</param>
/// <param name="PeopleArrived">People arrived on the days published.</param>
/// <param name="BoatsArrived">Boats arrived on the days published.</param>
/// <param name="DaysInSeries">Days of the period the series holds.</param>
public sealed record PeriodTotal(string Label, DateOnly Start, DateOnly End, int PeopleArrived, int BoatsArrived, int DaysInSeries)
{
    /// <summary>People per boat, or null when no boat arrived.</summary>
    public double? PeoplePerBoat => BoatsArrived > 0 ? (double)PeopleArrived / BoatsArrived : null;
}
