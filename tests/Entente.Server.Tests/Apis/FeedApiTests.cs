using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

public sealed class FeedApiTests
{
    [Fact]
    public async Task GetFeed_ByDefault_TheBusyNightRunsAndItsClockMoves()
    {
        await using var factory = new EntenteFactory();
        using var client = factory.CreateClient();

        var first = await WaitForFeedAsync(client, f => f.GetProperty("running").GetBoolean() && f.GetProperty("simulatedTime").ValueKind == JsonValueKind.String);
        Assert.True(first.GetProperty("enabled").GetBoolean());
        Assert.Equal("busy-night", first.GetProperty("scenario").GetString());
        Assert.Equal(20, first.GetProperty("speed").GetDouble());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("error").ValueKind);
        var counts = first.GetProperty("counts");
        Assert.True(counts.GetProperty("detections").GetInt64() >= 0);
        Assert.True(counts.GetProperty("aisLines").GetInt64() >= 0);

        // At twenty times real time, a second of waiting moves the simulated clock by about twenty seconds.
        var start = Time(first);
        var later = await WaitForFeedAsync(client, f => Time(f) >= start.AddSeconds(5)
            && f.GetProperty("counts").GetProperty("detections").GetInt64() > 0 && f.GetProperty("counts").GetProperty("aisLines").GetInt64() > 0);
        Assert.True(later.GetProperty("running").GetBoolean());

        // The night's radar plots and AIS reach the server: detections are in the store.
        var store = factory.Services.GetRequiredService<Entente.Storage.IDatabase>().Detections;
        Assert.True(await store.CountAsync(TestContext.Current.CancellationToken) > 0);
    }

    [Fact]
    public async Task GetFeed_WithMinutesSkipped_ThoseAreSimulatedAtOnceUnsensed_AndTheLiveNightGoesOnFromTheClock()
    {
        await using var configured = new EntenteFactory(("Feeds:Simulation:SkipMinutes", "10"), ("Feeds:Simulation:Speed", "1"));
        using var client = configured.CreateClient();
        var started = DateTimeOffset.UtcNow;
        var ct = TestContext.Current.CancellationToken;

        var feed = await WaitForFeedAsync(client, f => f.GetProperty("running").GetBoolean() && f.GetProperty("simulatedTime").ValueKind == JsonValueKind.String &&
            f.GetProperty("counts").GetProperty("detections").GetInt64() > 0, 60_000);

        // At real speed, live simulated time is the clock's: the ten minutes were run before it, not waited for.
        Assert.InRange(Time(feed), started.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        // Nothing of them was sensed: no detection is stored from before the live night.
        var store = configured.Services.GetRequiredService<Entente.Storage.IDatabase>().Detections;
        var early = await store.QueryAsync(new Entente.Storage.Detections.DetectionQuery(started.AddMinutes(-11), started.AddSeconds(-5)), ct);
        Assert.Empty(early);
        Assert.True(await store.CountAsync(ct) > 0);
    }

    [Fact]
    public async Task GetFeed_Disabled_NothingRuns()
    {
        await using var configured = new EntenteFactory(("Feeds:Simulation:Enabled", "false"));
        using var client = configured.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/feed", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var feed = json.RootElement;
        Assert.False(feed.GetProperty("enabled").GetBoolean());
        Assert.False(feed.GetProperty("running").GetBoolean());
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("simulatedTime").ValueKind);
        Assert.Equal(0, feed.GetProperty("counts").GetProperty("detections").GetInt64());
    }

    [Fact]
    public async Task GetFeed_UnknownScenario_ReportsTheErrorAndTheServerStaysUp()
    {
        await using var configured = new EntenteFactory(("Feeds:Simulation:Scenario", "no-such-night"));
        using var client = configured.CreateClient();

        var feed = await WaitForFeedAsync(client, f => f.GetProperty("error").ValueKind == JsonValueKind.String);
        Assert.False(feed.GetProperty("running").GetBoolean());
        Assert.Contains("no-such-night", feed.GetProperty("error").GetString(), StringComparison.Ordinal);
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task GetFeed_ScenarioFileAndSpeedFromConfiguration_RunToTheEnd()
    {
        var path = Path.Combine(Path.GetTempPath(), "entente-feed-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, """{ "name": "short", "start": "2026-11-21T18:00:00Z", "durationHours": 0.1, "seed": 3 }""", TestContext.Current.CancellationToken);
        try
        {
            await using var configured = new EntenteFactory(("Feeds:Simulation:Scenario", path), ("Feeds:Simulation:Speed", "3600"));
            using var client = configured.CreateClient();

            // Six simulated minutes at an hour a second: the window ends within a second.
            var feed = await WaitForFeedAsync(client, f => f.GetProperty("simulatedTime").ValueKind == JsonValueKind.String && !f.GetProperty("running").GetBoolean());
            Assert.Equal("short", feed.GetProperty("scenario").GetString());
            Assert.Equal(3600, feed.GetProperty("speed").GetDouble());
            Assert.Equal(JsonValueKind.Null, feed.GetProperty("error").ValueKind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static DateTimeOffset Time(JsonElement feed) =>
        DateTimeOffset.Parse(feed.GetProperty("simulatedTime").GetString()!, CultureInfo.InvariantCulture);

    private static async Task<JsonElement> WaitForFeedAsync(HttpClient client, Func<JsonElement, bool> condition, int timeoutMs = 20_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/api/feed", UriKind.Relative), TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            if (condition(json.RootElement))
            {
                return json.RootElement.Clone();
            }

            Assert.True(Environment.TickCount64 < deadline, "timed out; last: " + json.RootElement.GetRawText());
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
