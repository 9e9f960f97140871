using System.Data.Common;

namespace Entente.Storage.Tests;

/// <summary>The conformance suite on the embedded SQLite provider, one fresh file per test.</summary>
public sealed class SqliteConformanceTests : DatabaseConformanceTests, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override StorageProvider ExpectedProvider => StorageProvider.Sqlite;

    protected override int LatestSchemaVersion => 6;

    protected override string DisableAuditTriggersSql =>
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_no_replace";

    protected override Task<IDatabase> CreateDatabaseAsync() =>
        Task.FromResult(DatabaseFactory.Create(new StorageOptions { DataDirectory = _directory }, Clock));

    [Fact]
    public void Create_MissingDataDirectory_CreatesItWithDatabaseFile()
    {
        var nested = Path.Combine(_directory, "a", "b");
        var db = DatabaseFactory.Create(new StorageOptions { DataDirectory = nested }, Clock);
        Assert.True(Directory.Exists(nested));
        Assert.Equal(StorageProvider.Sqlite, db.Provider);
    }

    [Theory]
    [InlineData("INSERT OR REPLACE INTO events (position, stream, version, type, time, actor, centre, reason, payload) " +
                "SELECT position, stream, version, type, time, actor, centre, 'forged', payload FROM events WHERE version = 1")]
    [InlineData("INSERT OR REPLACE INTO events (stream, version, type, time, actor, centre, reason, payload) " +
                "SELECT stream, version, type, time, actor, centre, 'forged', payload FROM events WHERE version = 1")]
    [InlineData("INSERT INTO events (stream, version, type, time, actor, centre, reason, payload) " +
                "SELECT stream, version, type, time, actor, centre, 'forged', payload FROM events WHERE version = 1 " +
                "ON CONFLICT (stream, version) DO UPDATE SET reason = excluded.reason")]
    public async Task Events_RawReplaceOrUpsert_IsRefused(string sql)
    {
        // REPLACE deletes the colliding row without firing delete triggers: the insert trigger must stop it.
        await using var db = await MigratedAsync();
        await db.Events.AppendAsync("incident-1", 0, [Event(), Event()], TestContext.Current.CancellationToken);
        var before = await db.Events.ReadAllAsync(0, 10, TestContext.Current.CancellationToken);

        await using (var connection = await RawConnectionAsync(db))
        {
            var refused = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, sql));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await db.Events.ReadAllAsync(0, 10, TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
