namespace Entente.Server.Apis;

/// <summary>Arrivals over one period of the official series (a year, a month or an ISO week), within the range asked for.</summary>
/// <param name="Label">The period: "2021", "2021-11" or "2020-W53".</param>
/// <param name="Start">The period's first day.</param>
/// <param name="End">The period's last day.</param>
/// <param name="Days">Days of the period the series holds within the range.</param>
/// <param name="Complete">Whether the series holds every day of the period within the range.</param>
/// <param name="People">People arrived.</param>
/// <param name="Boats">Boats arrived.</param>
/// <param name="PeoplePerBoat">People per boat, or null when no boat arrived.</param>
/// <param name="PeopleChangePercent">Change in people against the period compared (years and months: a year before;
/// weeks: the week before), or null when either is incomplete or there were none before.</param>
/// <param name="BoatsChangePercent">Change in boats, likewise.</param>
/// <param name="PeoplePerBoatChangePercent">Change in people per boat, likewise.</param>
public sealed record OfficialPeriodResponse(string Label, DateOnly Start, DateOnly End, int Days, bool Complete, int People, int Boats,
    double? PeoplePerBoat, double? PeopleChangePercent, double? BoatsChangePercent, double? PeoplePerBoatChangePercent);
