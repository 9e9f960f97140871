using Entente.Storage.Postgres;
using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Storage;

/// <summary>Creates the database chosen by configuration.</summary>
public static class DatabaseFactory
{
    /// <summary>The SQLite file name used when no connection string is given.</summary>
    public const string DefaultSqliteFileName = "entente.db";

    /// <summary>Creates a database (not yet migrated). For SQLite, the data directory is created if missing.</summary>
    /// <param name="options">Provider and connection settings.</param>
    /// <param name="clock">The clock used to time-stamp bookkeeping records.</param>
    /// <returns>The database; dispose it to release pooled connections.</returns>
    /// <exception cref="ArgumentException">PostgreSQL was chosen without a connection string.</exception>
    public static IDatabase Create(StorageOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        return options.Provider switch
        {
            StorageProvider.Sqlite => new AdoDatabase(new SqliteDialect(SqliteConnectionString(options)), clock),
            StorageProvider.Postgres => new AdoDatabase(new PostgresDialect(NpgsqlDataSource.Create(
                string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? throw new ArgumentException("Storage:ConnectionString is required for PostgreSQL.", nameof(options))
                    : options.ConnectionString)), clock),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
        };
    }

    private static string SqliteConnectionString(StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        var directory = options.ResolveDataDirectory();
        Directory.CreateDirectory(directory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, DefaultSqliteFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }
}
