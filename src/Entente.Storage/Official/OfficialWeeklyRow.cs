namespace Entente.Storage.Official;

/// <summary>One week of the official series (arrivals and crossings prevented by France) as stored; null means not published.</summary>
/// <param name="WeekEnding">The last day of the week.</param>
/// <param name="MigrantsArrived">People detected arriving by small boat that week.</param>
/// <param name="BoatsArrived">Small boats detected arriving that week.</param>
/// <param name="BoatsUncontrolledLandings">Boats that landed without being met.</param>
/// <param name="MigrantsPrevented">People whose crossing France prevented.</param>
/// <param name="EventsPrevented">Crossing attempts France prevented.</param>
/// <param name="Notes">The publisher's note, if any.</param>
public sealed record OfficialWeeklyRow(DateOnly WeekEnding, int? MigrantsArrived, int? BoatsArrived, int? BoatsUncontrolledLandings,
    int? MigrantsPrevented, int? EventsPrevented, string? Notes);
