namespace Entente.Server.Apis;

/// <summary>The database part of GET /health.</summary>
/// <param name="Provider">"sqlite" or "postgres".</param>
/// <param name="Healthy">Whether it answers and its schema is current.</param>
/// <param name="SchemaVersion">The migration version applied.</param>
/// <param name="ServerVersion">The engine's version.</param>
/// <param name="SpatialExtension">The spatial extension in use, if any.</param>
/// <param name="Message">Why it is unhealthy, if it is.</param>
public sealed record DatabaseReport(string Provider, bool Healthy, int SchemaVersion, string ServerVersion,
    string? SpatialExtension, string? Message);
