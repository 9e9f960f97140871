namespace Entente.Server.Apis;

/// <summary>A trailing mean of the official daily series ending on one day.</summary>
/// <param name="Date">The window's last day.</param>
/// <param name="PeoplePerDay">Mean people per day, or null when a day of the window is missing or not published.</param>
/// <param name="BoatsPerDay">Mean boats per day, likewise.</param>
public sealed record OfficialAverageResponse(DateOnly Date, double? PeoplePerDay, double? BoatsPerDay);
