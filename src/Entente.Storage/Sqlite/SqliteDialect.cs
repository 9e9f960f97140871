using System.Data.Common;
using Entente.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>The embedded SQLite engine: one file, WAL journal, full fsync on commit.</summary>
internal sealed class SqliteDialect(string connectionString) : SqlDialect
{
    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "detections",
            """
            CREATE TABLE detections (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                time INTEGER NOT NULL,
                sensor TEXT NOT NULL,
                kind TEXT NOT NULL,
                lat REAL NOT NULL,
                lon REAL NOT NULL,
                sigma_m REAL NOT NULL,
                people INTEGER NULL,
                origin_agency TEXT NOT NULL,
                releasability TEXT NOT NULL
            );
            CREATE INDEX detections_time_idx ON detections (time, id);
            """),
    ];

    public override string ServerVersionSql => "SELECT 'SQLite ' || sqlite_version()";

    public override DbConnection CreateConnection() => new SqliteConnection(connectionString);

    public override async Task InitialiseConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // WAL lets readers work during writes; synchronous=FULL makes an acknowledged commit survive a crash.
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // BeginTransaction on SQLite is BEGIN IMMEDIATE: the write lock is already held.
    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // Microseconds since the Unix epoch: exact, ordered, and the same precision as PostgreSQL.
    public override object ToDbTime(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public override DateTimeOffset FromDbTime(DbDataReader reader, int ordinal) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (reader.GetInt64(ordinal) * 10), TimeSpan.Zero);
}
