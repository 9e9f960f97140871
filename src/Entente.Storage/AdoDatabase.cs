using System.Data.Common;
using Entente.Storage.Audit;
using Entente.Storage.Detections;
using Entente.Storage.Events;
using Entente.Storage.Intelligence;
using Entente.Storage.Official;
using Entente.Storage.Users;

namespace Entente.Storage;

/// <summary>The engine-independent database: connections, migrations and health, over a dialect.</summary>
internal sealed class AdoDatabase : IDatabase
{
    private readonly SqlDialect _dialect;
    private readonly TimeProvider _clock;

    public AdoDatabase(SqlDialect dialect, TimeProvider clock)
    {
        _dialect = dialect;
        _clock = clock;
        Detections = new AdoDetectionStore(this, dialect);
        Events = new AdoEventStore(this, dialect);
        OfficialSeries = new AdoOfficialSeriesStore(this);
        var audit = new AdoAuditLog(this, dialect);
        Audit = audit;
        Intelligence = new AdoIntelligenceStore(this, dialect, audit);
        Users = new AdoUserStore(this, dialect);
    }

    public StorageProvider Provider => _dialect.Provider;

    public IDetectionStore Detections { get; }

    public IEventStore Events { get; }

    public IOfficialSeriesStore OfficialSeries { get; }

    public IAuditLog Audit { get; }

    public IUserStore Users { get; }

    public IIntelligenceStore Intelligence { get; }

    /// <summary>The engine's dialect (for tests that check how its errors are read).</summary>
    public SqlDialect Dialect => _dialect;

    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await _dialect.InitialiseConnectionAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await _dialect.LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken).ConfigureAwait(false);
        var current = await ReadSchemaVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        foreach (var migration in _dialect.Migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @applied)";
            AddParameter(record, "version", migration.Version);
            AddParameter(record, "name", migration.Name);
            AddParameter(record, "applied", _clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            current = migration.Version;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return current;
    }

    public async Task<DatabaseHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var version = connection.CreateCommand();
            version.CommandText = _dialect.ServerVersionSql;
            var serverVersion = Convert.ToString(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
            var schema = await ReadSchemaVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
            var spatial = await _dialect.SpatialExtensionAsync(connection, cancellationToken).ConfigureAwait(false);
            var latest = _dialect.Migrations.Max(m => m.Version);
            var healthy = schema == latest;
            return new DatabaseHealth(Provider, healthy, schema, serverVersion, spatial,
                healthy ? null : $"Schema version {schema}, expected {latest}: run the migrations.");
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            return new DatabaseHealth(Provider, false, 0, "unknown", null, ex.Message);
        }
    }

    internal static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ReadSchemaVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        try
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (DbException) when (transaction is null)
        {
            // No schema_migrations table yet: a database never migrated is at version 0.
            return 0;
        }
    }
}
