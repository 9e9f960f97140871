
namespace Entente.Storage.Tests;

/// <summary>The conformance suite on the embedded SQLite provider, one fresh file per test.</summary>
public sealed class SqliteConformanceTests : DatabaseConformanceTests, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override StorageProvider ExpectedProvider => StorageProvider.Sqlite;

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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
