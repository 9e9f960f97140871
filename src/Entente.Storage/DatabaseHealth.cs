namespace Entente.Storage;

/// <summary>What a health check found about the database.</summary>
/// <param name="Provider">The engine.</param>
/// <param name="Healthy">Whether a query succeeded and the schema is current.</param>
/// <param name="SchemaVersion">The highest migration applied, or 0.</param>
/// <param name="ServerVersion">The engine's version text.</param>
/// <param name="SpatialExtension">The spatial extension in use (e.g. "postgis 3.3.2"), or null.</param>
/// <param name="Message">A short explanation when unhealthy.</param>
public sealed record DatabaseHealth(
    StorageProvider Provider,
    bool Healthy,
    int SchemaVersion,
    string ServerVersion,
    string? SpatialExtension,
    string? Message);
