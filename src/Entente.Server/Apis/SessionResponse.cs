namespace Entente.Server.Apis;

/// <summary>Who is signed in.</summary>
/// <param name="Name">The login name.</param>
/// <param name="DisplayName">The name people read.</param>
/// <param name="Agency">The agency's code.</param>
/// <param name="AgencyName">The agency's name.</param>
/// <param name="Nation">"UK" or "FR".</param>
/// <param name="Roles">The roles held, e.g. "watch-officer".</param>
public sealed record SessionResponse(string Name, string DisplayName, string Agency, string AgencyName, string Nation, IReadOnlyList<string> Roles);
