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
        new(2, "events (append-only)",
            """
            CREATE TABLE events (
                position INTEGER PRIMARY KEY AUTOINCREMENT,
                stream TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version >= 1),
                type TEXT NOT NULL,
                time INTEGER NOT NULL,
                actor TEXT NOT NULL,
                centre TEXT NOT NULL,
                reason TEXT NOT NULL,
                payload TEXT NOT NULL,
                UNIQUE (stream, version)
            );
            CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN
                SELECT RAISE(ABORT, 'events are append-only');
            END;
            CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN
                SELECT RAISE(ABORT, 'events are append-only');
            END;
            -- INSERT OR REPLACE deletes the row it collides with without firing delete triggers
            -- (recursive_triggers is off by default), so a colliding insert is refused before it gets that far.
            CREATE TRIGGER events_no_replace BEFORE INSERT ON events
            WHEN EXISTS (SELECT 1 FROM events WHERE position = NEW.position)
              OR EXISTS (SELECT 1 FROM events WHERE stream = NEW.stream AND version = NEW.version)
            BEGIN
                SELECT RAISE(ABORT, 'events are append-only');
            END;
            """),
        new(3, "official small-boat series (daily, weekly)",
            """
            CREATE TABLE official_daily_arrivals (
                day TEXT NOT NULL PRIMARY KEY,
                migrants_arrived INTEGER NULL CHECK (migrants_arrived >= 0),
                boats_arrived INTEGER NULL CHECK (boats_arrived >= 0),
                boats_uncontrolled_landings INTEGER NULL CHECK (boats_uncontrolled_landings >= 0),
                notes TEXT NULL
            );
            CREATE TABLE official_weekly_arrivals (
                week_ending TEXT NOT NULL PRIMARY KEY,
                migrants_arrived INTEGER NULL CHECK (migrants_arrived >= 0),
                boats_arrived INTEGER NULL CHECK (boats_arrived >= 0),
                boats_uncontrolled_landings INTEGER NULL CHECK (boats_uncontrolled_landings >= 0),
                migrants_prevented INTEGER NULL CHECK (migrants_prevented >= 0),
                events_prevented INTEGER NULL CHECK (events_prevented >= 0),
                notes TEXT NULL
            );
            """),
        new(4, "audit log (append-only, hash-chained)",
            """
            CREATE TABLE audit_log (
                sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),
                time INTEGER NOT NULL,
                actor TEXT NOT NULL,
                agency TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                detail TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE TABLE audit_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                sequence INTEGER NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN
                SELECT RAISE(ABORT, 'the audit log is append-only');
            END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN
                SELECT RAISE(ABORT, 'the audit log is append-only');
            END;
            CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
            WHEN EXISTS (SELECT 1 FROM audit_log WHERE sequence = NEW.sequence)
            BEGIN
                SELECT RAISE(ABORT, 'the audit log is append-only');
            END;
            """),
        new(5, "users and bearer tokens",
            """
            CREATE TABLE users (
                name TEXT NOT NULL PRIMARY KEY,
                display_name TEXT NOT NULL,
                agency TEXT NOT NULL,
                roles TEXT NOT NULL,
                password_hash TEXT NULL,
                created_at INTEGER NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
            );
            CREATE TABLE api_tokens (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                user_name TEXT NOT NULL REFERENCES users (name),
                token_hash TEXT NOT NULL UNIQUE,
                label TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                expires_at INTEGER NULL,
                revoked_at INTEGER NULL
            );
            """),
        new(6, "intelligence notes (releasable by label)",
            """
            CREATE TABLE intelligence_notes (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at INTEGER NOT NULL,
                author TEXT NOT NULL,
                origin TEXT NOT NULL,
                label TEXT NOT NULL,
                release_nations INTEGER NOT NULL CHECK (release_nations BETWEEN 0 AND 3),
                subject TEXT NOT NULL,
                title TEXT NOT NULL,
                text TEXT NOT NULL
            );
            CREATE INDEX intelligence_notes_created_idx ON intelligence_notes (created_at, id);
            CREATE TABLE intelligence_readers (
                note_id BIGINT NOT NULL REFERENCES intelligence_notes (id),
                agency TEXT NOT NULL,
                PRIMARY KEY (note_id, agency)
            );
            CREATE TABLE intelligence_links (
                note_id BIGINT NOT NULL REFERENCES intelligence_notes (id),
                kind TEXT NOT NULL CHECK (kind IN ('track', 'incident')),
                ref TEXT NOT NULL,
                PRIMARY KEY (note_id, kind, ref)
            );
            CREATE INDEX intelligence_links_ref_idx ON intelligence_links (kind, ref);
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

    // The same: an append's transaction already holds the one write lock, and busy_timeout makes the next writer wait.
    public override Task LockForAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // The same again for the audit log's appends.
    public override Task LockForAuditAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };

    // Microseconds since the Unix epoch: exact, ordered, and the same precision as PostgreSQL.
    public override object ToDbTime(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public override DateTimeOffset FromDbTime(DbDataReader reader, int ordinal) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (reader.GetInt64(ordinal) * 10), TimeSpan.Zero);
}
