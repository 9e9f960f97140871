using System.Data.Common;
using Entente.Storage.Migrations;
using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>PostgreSQL, with PostGIS geometry and a spatial index when the extension is installed.</summary>
internal sealed class PostgresDialect(NpgsqlDataSource dataSource) : SqlDialect
{
    // Any constant works: it only has to be the same for every Entente process migrating this database.
    private const long MigrationLockKey = 0x456e74656e7465;

    private const long AppendLockKey = MigrationLockKey + 1;

    private const long AuditLockKey = MigrationLockKey + 2;

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "detections",
            """
            CREATE TABLE detections (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                time TIMESTAMPTZ NOT NULL,
                sensor TEXT NOT NULL,
                kind TEXT NOT NULL,
                lat DOUBLE PRECISION NOT NULL,
                lon DOUBLE PRECISION NOT NULL,
                sigma_m DOUBLE PRECISION NOT NULL,
                people INTEGER NULL,
                origin_agency TEXT NOT NULL,
                releasability TEXT NOT NULL
            );
            CREATE INDEX detections_time_idx ON detections (time, id);
            """),
        new(2, "detections spatial column (PostGIS, when available)",
            """
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis') THEN
                    CREATE EXTENSION IF NOT EXISTS postgis;
                    EXECUTE 'ALTER TABLE detections ADD COLUMN position geometry(Point, 4326) '
                         || 'GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED';
                    EXECUTE 'CREATE INDEX detections_position_idx ON detections USING GIST (position)';
                END IF;
            END
            $$;
            """),
        new(3, "events (append-only)",
            """
            CREATE TABLE events (
                position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                stream TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version >= 1),
                type TEXT NOT NULL,
                time TIMESTAMPTZ NOT NULL,
                actor TEXT NOT NULL,
                centre TEXT NOT NULL,
                reason TEXT NOT NULL,
                payload TEXT NOT NULL,
                UNIQUE (stream, version)
            );
            CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'events are append-only (% refused)', TG_OP;
            END
            $$;
            CREATE TRIGGER events_no_update_or_delete BEFORE UPDATE OR DELETE ON events
                FOR EACH ROW EXECUTE FUNCTION events_append_only();
            -- TRUNCATE fires no row triggers.
            CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
                FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();
            """),
        new(4, "official small-boat series (daily, weekly)",
            """
            CREATE TABLE official_daily_arrivals (
                day DATE NOT NULL PRIMARY KEY,
                migrants_arrived INTEGER NULL CHECK (migrants_arrived >= 0),
                boats_arrived INTEGER NULL CHECK (boats_arrived >= 0),
                boats_uncontrolled_landings INTEGER NULL CHECK (boats_uncontrolled_landings >= 0),
                notes TEXT NULL
            );
            CREATE TABLE official_weekly_arrivals (
                week_ending DATE NOT NULL PRIMARY KEY,
                migrants_arrived INTEGER NULL CHECK (migrants_arrived >= 0),
                boats_arrived INTEGER NULL CHECK (boats_arrived >= 0),
                boats_uncontrolled_landings INTEGER NULL CHECK (boats_uncontrolled_landings >= 0),
                migrants_prevented INTEGER NULL CHECK (migrants_prevented >= 0),
                events_prevented INTEGER NULL CHECK (events_prevented >= 0),
                notes TEXT NULL
            );
            """),
        new(5, "audit log (append-only, hash-chained)",
            """
            CREATE TABLE audit_log (
                sequence BIGINT PRIMARY KEY CHECK (sequence >= 1),
                time TIMESTAMPTZ NOT NULL,
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
                sequence BIGINT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP;
            END
            $$;
            CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
            CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
            """),
        new(6, "users and bearer tokens",
            """
            CREATE TABLE users (
                name TEXT NOT NULL PRIMARY KEY,
                display_name TEXT NOT NULL,
                agency TEXT NOT NULL,
                roles TEXT NOT NULL,
                password_hash TEXT NULL,
                created_at TIMESTAMPTZ NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
            );
            CREATE TABLE api_tokens (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                user_name TEXT NOT NULL REFERENCES users (name),
                token_hash TEXT NOT NULL UNIQUE,
                label TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL,
                expires_at TIMESTAMPTZ NULL,
                revoked_at TIMESTAMPTZ NULL
            );
            """),
        new(7, "intelligence notes (releasable by label)",
            """
            CREATE TABLE intelligence_notes (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                created_at TIMESTAMPTZ NOT NULL,
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

    public override string ServerVersionSql => "SELECT 'PostgreSQL ' || current_setting('server_version')";

    public override DbConnection CreateConnection() => dataSource.CreateConnection();

    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // One lock for all appends: an identity value is taken at insert but becomes visible at commit, so without it a
    // later position could commit first and a reader resuming after it would skip the earlier one for ever.
    public override async Task LockForAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({AppendLockKey})";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // One lock for audit appends, apart from the event store's: each entry needs the head its predecessor left.
    public override async Task LockForAuditAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({AuditLockKey})";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override async Task<string?> SpatialExtensionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 'postgis ' || extversion FROM pg_extension WHERE extname = 'postgis'";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public override object ToDbTime(DateTimeOffset time) => time;

    public override DateTimeOffset FromDbTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}
