namespace Entente.Server.Apis;

/// <summary>The body of GET /health.</summary>
/// <param name="Status">"healthy" or "unhealthy".</param>
/// <param name="Version">The server's version.</param>
/// <param name="Database">The database's state.</param>
public sealed record HealthReport(string Status, string Version, DatabaseReport Database);
