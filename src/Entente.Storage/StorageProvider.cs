namespace Entente.Storage;

/// <summary>The database engines Entente can store its records in.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file in the data directory: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (PostGIS used when installed): for production.</summary>
    Postgres,
}
