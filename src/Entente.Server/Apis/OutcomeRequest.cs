namespace Entente.Server.Apis;

/// <summary>A person reports how a crossing ended.</summary>
/// <param name="Outcome">prevented, intercepted, rescued or landed.</param>
/// <param name="People">People prevented, taken aboard or landed, when known.</param>
/// <param name="Lat">Where: latitude, degrees (with <paramref name="Lon"/>).</param>
/// <param name="Lon">Where: longitude, degrees.</param>
/// <param name="Zone">The beach or landing place, by geography feature id, when known.</param>
/// <param name="Track">The boat's track, when known.</param>
/// <param name="Incident">The incident, e.g. "INC-00003", when there is one.</param>
/// <param name="Message">Their words, for the record.</param>
public sealed record OutcomeRequest(string? Outcome, int? People, double? Lat, double? Lon, string? Zone, long? Track,
    string? Incident, string? Message);
