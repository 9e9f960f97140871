using Entente.Storage;

namespace Entente.Statistics.Tests;

/// <summary>The official series suite on the embedded SQLite provider, one fresh file per test.</summary>
public sealed class SqliteOfficialSeriesStoreTests : OfficialSeriesStoreTests, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-stats-" + Guid.NewGuid().ToString("N"));

    protected override Task<IDatabase> CreateDatabaseAsync() =>
        Task.FromResult(DatabaseFactory.Create(new StorageOptions { DataDirectory = _directory }, Clock));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
