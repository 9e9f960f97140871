using Entente.Storage;
using Entente.Testing;
using Npgsql;

namespace Entente.Statistics.Tests;

/// <summary>
/// The official series suite on PostgreSQL, in a fresh schema per test. The server comes from ENTENTE_TEST_PG;
/// without it the tests skip locally and fail under CI=true.
/// </summary>
public sealed class PostgresOfficialSeriesStoreTests : OfficialSeriesStoreTests, IAsyncDisposable
{
    private readonly List<string> _schemas = [];

    protected override async Task<IDatabase> CreateDatabaseAsync()
    {
        var baseConnection = PostgresTestServer.ConnectionStringOrSkip();
        var schema = "s_" + Guid.NewGuid().ToString("N");
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
