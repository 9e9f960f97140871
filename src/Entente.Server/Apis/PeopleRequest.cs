namespace Entente.Server.Apis;

/// <summary>A new people count for an incident.</summary>
/// <param name="Aboard">Believed aboard, when known.</param>
/// <param name="Rescued">Rescued so far.</param>
/// <param name="Landed">Landed so far.</param>
/// <param name="Missing">Missing.</param>
/// <param name="Reason">Where the count comes from.</param>
public sealed record PeopleRequest(int? Aboard, int? Rescued, int? Landed, int? Missing, string? Reason);
