using System.Net;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

public sealed class HealthApiTests(EntenteFactory factory) : IClassFixture<EntenteFactory>
{
    [Fact]
    public async Task GetHealth_FreshServer_ReportsVersionAndMigratedSqlite()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", root.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("version").GetString()));
        var database = root.GetProperty("database");
        Assert.Equal("sqlite", database.GetProperty("provider").GetString());
        Assert.True(database.GetProperty("healthy").GetBoolean());
        Assert.True(database.GetProperty("schemaVersion").GetInt32() >= 1);
        Assert.StartsWith("SQLite 3.", database.GetProperty("serverVersion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_FirstRun_CreatesTheDatabaseFileInTheDataDirectory()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "entente.db")));
    }
}
