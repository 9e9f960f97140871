namespace Entente.Storage;

/// <summary>Where Entente keeps its records. Bound from the "Storage" configuration section.</summary>
public sealed record StorageOptions
{
    /// <summary>The database engine. Default: <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>
    /// The data directory holding the SQLite file (created on first run). Default (empty): the user's local
    /// application data folder, e.g. ~/.local/share/entente on Linux, so that the database never lands in a source tree.
    /// </summary>
    public string DataDirectory { get; init; } = string.Empty;

    /// <summary>The data directory as an absolute path, the default applied.</summary>
    /// <returns>The path.</returns>
    public string ResolveDataDirectory() => Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "entente")
        : DataDirectory);

    /// <summary>
    /// The connection string. For SQLite, optional (default: entente.db in <see cref="DataDirectory"/>);
    /// for PostgreSQL, required, e.g. "Host=127.0.0.1;Port=5432;Username=entente;Database=entente".
    /// </summary>
    public string? ConnectionString { get; init; }
}
