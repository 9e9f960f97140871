namespace Entente.Server.Apis;

/// <summary>A zone in a where-response.</summary>
/// <param name="Id">The feature id.</param>
/// <param name="Kind">The feature kind, kebab-case.</param>
/// <param name="Name">The name.</param>
public sealed record ZoneResponse(string Id, string Kind, string Name);
