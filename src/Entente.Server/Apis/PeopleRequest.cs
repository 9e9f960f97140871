namespace Entente.Server.Apis;

/// <summary>A new people count for an incident.</summary>
/// <param name="Actor">The user's name.</param>
/// <param name="Agency">The user's agency.</param>
/// <param name="Aboard">Believed aboard, when known.</param>
/// <param name="Rescued">Rescued so far.</param>
/// <param name="Landed">Landed so far.</param>
/// <param name="Missing">Missing.</param>
/// <param name="Reason">Where the count comes from.</param>
public sealed record PeopleRequest(string? Actor, string? Agency, int? Aboard, int? Rescued, int? Landed, int? Missing, string? Reason);
