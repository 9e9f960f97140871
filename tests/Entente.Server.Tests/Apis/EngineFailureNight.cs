using Microsoft.AspNetCore.Hosting;

namespace Entente.Server.Tests.Apis;

/// <summary>The server running the engine-failure night fast (one boat from Wissant whose engine fails in French waters)
/// on a data directory the caller owns, so that a test can stop it and start another on the same records.</summary>
public sealed class EngineFailureNight(string directory) : SignedInFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Storage:DataDirectory", directory);
        builder.UseSetting("Feeds:Simulation:Scenario", Path.Combine(AppContext.BaseDirectory, "Apis", "engine-failure-scenario.json"));
        builder.UseSetting("Feeds:Simulation:Speed", "300");
        builder.UseSetting("Feeds:Simulation:SkipMinutes", "0");
        // Tests make many requests from one client at once; the limiter has tests of its own (SecurityTests).
        builder.UseSetting("Security:RateLimit:PerSecond", "100000");
        builder.UseSetting("Security:RateLimit:Burst", "1000000");
    }
}
