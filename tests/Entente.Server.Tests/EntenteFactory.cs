using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Entente.Server.Tests;

/// <summary>The server in memory, with its own SQLite data directory.</summary>
public sealed class EntenteFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "entente-server-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // From the scenario's start: no fast-forward to wait for (FeedApiTests tries it).
        builder.UseSetting("Feeds:Simulation:SkipMinutes", "0");
        // Tests make many requests from one client at once; the limiter has tests of its own (SecurityTests).
        builder.UseSetting("Security:RateLimit:PerSecond", "100000");
        builder.UseSetting("Security:RateLimit:Burst", "1000000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
