namespace Entente.Storage.Official;

/// <summary>One day of the official small-boat arrivals series as stored; null means not published.</summary>
/// <param name="Date">The day.</param>
/// <param name="MigrantsArrived">People detected arriving by small boat that day.</param>
/// <param name="BoatsArrived">Small boats detected arriving that day.</param>
/// <param name="BoatsUncontrolledLandings">Boats that landed without being met.</param>
/// <param name="Notes">The publisher's note, if any.</param>
public sealed record OfficialDailyRow(DateOnly Date, int? MigrantsArrived, int? BoatsArrived, int? BoatsUncontrolledLandings, string? Notes);
