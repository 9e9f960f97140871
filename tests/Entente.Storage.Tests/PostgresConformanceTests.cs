using System.Data.Common;
using Entente.Testing;
using Npgsql;

namespace Entente.Storage.Tests;

/// <summary>
/// The conformance suite on PostgreSQL, in a fresh schema per test. The server comes from ENTENTE_TEST_PG
/// (a connection string); without it the tests skip locally and fail under CI=true.
/// </summary>
public sealed class PostgresConformanceTests : DatabaseConformanceTests, IAsyncDisposable
{
    private readonly List<string> _schemas = [];

    protected override StorageProvider ExpectedProvider => StorageProvider.Postgres;

    protected override int LatestSchemaVersion => 7;

    protected override string DisableAuditTriggersSql => "ALTER TABLE audit_log DISABLE TRIGGER USER";

    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var baseConnection = PostgresTestServer.ConnectionStringOrSkip();
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(baseConnection))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        _schemas.Add(schema);
        var builder = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = schema + ",public" };
        return DatabaseFactory.Create(
            new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = builder.ConnectionString }, Clock);
    }

    [Fact]
    public async Task Health_WithPostgisInstalled_ReportsSpatialExtension()
    {
        await using var db = await CreateDatabaseAsync();
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        var health = await db.CheckHealthAsync(TestContext.Current.CancellationToken);
        if (health.SpatialExtension is null && !RepositoryPaths.IsCi)
        {
            Assert.Skip("PostGIS is not installed on this PostgreSQL server.");
        }

        Assert.StartsWith("postgis ", health.SpatialExtension, StringComparison.Ordinal);
        Assert.StartsWith("PostgreSQL ", health.ServerVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutConnectionString_Throws()
    {
        await Task.Yield();
        Assert.Throws<ArgumentException>(() =>
            DatabaseFactory.Create(new StorageOptions { Provider = StorageProvider.Postgres }, Clock));
    }

    [Theory]
    [InlineData("TRUNCATE events")]
    [InlineData("INSERT INTO events (stream, version, type, time, actor, centre, reason, payload) " +
                "SELECT stream, version, type, time, actor, centre, 'forged', payload FROM events WHERE version = 1 " +
                "ON CONFLICT (stream, version) DO UPDATE SET reason = excluded.reason")]
    public async Task Events_RawTruncateOrUpsert_IsRefused(string sql)
    {
        await using var db = await CreateDatabaseAsync();
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        await db.Events.AppendAsync("incident-1", 0, [Event(), Event()], TestContext.Current.CancellationToken);
        var before = await db.Events.ReadAllAsync(0, 10, TestContext.Current.CancellationToken);

        await using (var connection = await RawConnectionAsync(db))
        {
            var refused = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, sql));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await db.Events.ReadAllAsync(0, 10, TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        if (_schemas.Count == 0)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(PostgresTestServer.ConnectionStringOrSkip());
        await connection.OpenAsync();
        foreach (var schema in _schemas)
        {
            await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
