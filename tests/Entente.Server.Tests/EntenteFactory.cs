using Microsoft.AspNetCore.Hosting;

namespace Entente.Server.Tests;

/// <summary>The server in memory, with its own SQLite data directory; its clients are signed in (see <see cref="SignedInFactory"/>).</summary>
public sealed class EntenteFactory : SignedInFactory
{
    private readonly (string Key, string Value)[] _settings;

    /// <summary>A server with the default settings (for class fixtures).</summary>
    public EntenteFactory()
        : this([])
    {
    }

    /// <summary>A server with settings of its own.</summary>
    internal EntenteFactory(params (string Key, string Value)[] settings) => _settings = settings;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "entente-server-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // From the scenario's start: no fast-forward to wait for (FeedApiTests tries it).
        builder.UseSetting("Feeds:Simulation:SkipMinutes", "0");
        // Tests make many requests from one client at once; the limiter has tests of its own (SecurityTests).
        builder.UseSetting("Security:RateLimit:PerSecond", "100000");
        builder.UseSetting("Security:RateLimit:Burst", "1000000");
        // The demo users sign the tests in, with or without the simulator.
        builder.UseSetting("Security:DemoUsers", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
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
