namespace Entente.Server.Apis;

/// <summary>One day of the official series.</summary>
/// <param name="Date">The day.</param>
/// <param name="People">People arrived, or null when not published.</param>
/// <param name="Boats">Boats arrived, or null when not published.</param>
public sealed record OfficialDayResponse(DateOnly Date, int? People, int? Boats);
