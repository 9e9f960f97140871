namespace Entente.Server.Apis;

/// <summary>A request to close an incident on rescue evidence.</summary>
/// <param name="People">People rescued or landed.</param>
/// <param name="Lat">Where: latitude, degrees.</param>
/// <param name="Lon">Where: longitude, degrees.</param>
/// <param name="Time">When, UTC.</param>
/// <param name="Landed">True when they landed ashore.</param>
/// <param name="Caller">A caller id among them, when known.</param>
/// <param name="Asset">The asset that took them, when one did.</param>
/// <param name="Reason">A word for the record.</param>
public sealed record ClosureRequest(int? People, double? Lat, double? Lon, DateTimeOffset? Time, bool? Landed,
    string? Caller, string? Asset, string? Reason);
