namespace Entente.Storage;

/// <summary>Where Entente keeps its records. Bound from the "Storage" configuration section.</summary>
public sealed record StorageOptions
{
    /// <summary>The database engine. Default: <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>
    /// The data directory holding the SQLite file (created on first run). Default: "data" under the working directory.
    /// </summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>
    /// The connection string. For SQLite, optional (default: entente.db in <see cref="DataDirectory"/>);
    /// for PostgreSQL, required, e.g. "Host=127.0.0.1;Port=5432;Username=entente;Database=entente".
    /// </summary>
    public string? ConnectionString { get; init; }
}
