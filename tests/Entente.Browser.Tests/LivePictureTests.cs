using System.Globalization;
using System.Text.Json;

namespace Entente.Browser.Tests;

/// <summary>The live picture on the real server's built-in night: the stream, the tracks, the language switch, replay.</summary>
public sealed class LivePictureTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task LivePage_FollowsTheStream_WithoutConsoleErrors()
    {
        await using var session = await PageSession.OpenAsync(server);
        await session.WaitForAsync("() => window.entente.connection() === 'live' && window.entente.frames() >= 2", StreamTimeout, "two frames from api/stream");
        // Let the panels' own requests (sensors, replay) answer before judging the console.
        await session.Page.WaitForTimeoutAsync(2000);
        await session.ScreenshotAsync("live-page.png");

        Assert.Equal("live", await session.Page.GetAttributeAsync("#connection", "data-state"));
        Assert.NotNull(await session.Page.EvaluateAsync<string?>("() => window.entente.pictureTime() ?? null"));
        var launches = await session.Page.TextContentAsync("[data-field=launches]");
        Assert.True(int.TryParse(launches, NumberStyles.None, CultureInfo.InvariantCulture, out _), "night summary launches: " + launches);
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Tracks_AppearAndMove()
    {
        await using var session = await PageSession.OpenAsync(server);
        await session.WaitForAsync("() => window.entente.trackCount() > 0", StreamTimeout, "tracks on the map");
        var before = await PositionsAsync(session);
        await session.ScreenshotAsync("tracks-1.png");

        var moved = 0;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (moved == 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            var after = await PositionsAsync(session);
            moved = after.Count(p => before.TryGetValue(p.Key, out var b) && (Math.Abs(b[0] - p.Value[0]) > 1e-6 || Math.Abs(b[1] - p.Value[1]) > 1e-6));
        }

        await session.ScreenshotAsync("tracks-2.png");
        Assert.True(moved > 0, $"none of {before.Count} tracks moved in 30 s");
    }

    [Fact]
    public async Task Track_ClickedOnTheMap_ShowsItsDetails()
    {
        await using var session = await PageSession.OpenAsync(server);
        await session.WaitForAsync("() => window.entente.trackCount() > 0", StreamTimeout, "tracks on the map");
        // A track inside the map and clear of the panels over it: the map's centre third.
        var point = await session.Page.EvaluateAsync<double[]?>(
            """
            () => {
              const map = document.getElementById('map').getBoundingClientRect();
              for (const [lon, lat] of Object.values(window.entente.trackPositions())) {
                const [x, y] = window.entente.pixelOf(lon, lat);
                if (x > map.left + map.width / 3 && x < map.right - map.width / 3 && y > map.top + map.height / 3 && y < map.bottom - map.height / 3) {
                  return [x, y];
                }
              }
              return null;
            }
            """);
        Assert.NotNull(point);

        await session.Page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        await session.WaitForAsync("() => document.querySelector('#details')?.dataset.track !== undefined && !document.querySelector('#details').hidden",
            TimeSpan.FromSeconds(10), "the track's details");
        var text = await session.Page.TextContentAsync("#details");
        foreach (var field in new[] { "Track", "Class", "Status", "Confidence", "MMSI", "Speed", "Course", "Position uncertainty (1σ)" })
        {
            Assert.Contains(field, text, StringComparison.Ordinal);
        }

        await session.ScreenshotAsync("track-details.png");
        await session.Page.Keyboard.PressAsync("Escape");
        Assert.True(await session.Page.IsHiddenAsync("#details"), "Escape closes the details");
    }

    [Fact]
    public async Task Sensors_AreListedWithTheirStatus_AndTheirCoverageToggles()
    {
        await using var session = await PageSession.OpenAsync(server);
        var page = session.Page;
        await session.WaitForAsync("() => document.querySelectorAll('#legend .sensor').length > 0", StreamTimeout, "sensors in the legend");
        var statuses = await page.Locator("#legend .sensor").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.status)");
        Assert.All(statuses, status => Assert.Contains(status, new[] { "live", "silent", "unheard" }));

        // A checkbox: Space toggles it from the keyboard.
        await page.FocusAsync("#coverage-toggle");
        await page.Keyboard.PressAsync("Space");
        await session.WaitForAsync("() => Object.keys(window.entente.overlayCounts()).some(k => k.startsWith('coverage:'))",
            TimeSpan.FromSeconds(10), "the sensor coverage on the map");
        await session.ScreenshotAsync("sensor-coverage.png");

        await page.Keyboard.PressAsync("Space");
        Assert.DoesNotContain(await page.EvaluateAsync<string[]>("() => Object.keys(window.entente.overlayCounts())"), k => k.StartsWith("coverage:", StringComparison.Ordinal));
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task LanguageSwitch_TranslatesThePanels_AndBack()
    {
        await using var session = await PageSession.OpenAsync(server);
        var page = session.Page;
        Assert.Equal("Alerts", await page.TextContentAsync("#alerts .panel__title"));
        Assert.Equal("Tonight", await page.TextContentAsync(".summary__title"));
        Assert.Equal("Live", await page.TextContentAsync("#replay-live"));

        await page.ClickAsync("#lang-toggle");
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Alertes", await page.TextContentAsync("#alerts .panel__title"));
        Assert.Equal("Cette nuit", await page.TextContentAsync(".summary__title"));
        Assert.Equal("Direct", await page.TextContentAsync("#replay-live"));
        Assert.Equal("Se déconnecter", await page.TextContentAsync("#sign-out"));
        await page.WaitForFunctionAsync("() => document.querySelector('.ol-attribution')?.textContent.includes('Trait de côte')");
        await session.ScreenshotAsync("language-fr.png");

        // Keyboard: the switch is a real button, so Enter works too.
        await page.FocusAsync("#lang-toggle");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Alerts", await page.TextContentAsync("#alerts .panel__title"));
        Assert.Equal("Sign out", await page.TextContentAsync("#sign-out"));
        await session.ScreenshotAsync("language-en.png");
    }

    [Fact]
    public async Task Replay_ShowsAKeptSnapshotUnderABanner_ThenLiveReturns()
    {
        await using var session = await PageSession.OpenAsync(server);
        await session.WaitForAsync(
            "() => fetch('api/replay').then(r => r.ok ? r.json() : null).then(s => s !== null && s.snapshots > 0)",
            StreamTimeout, "a snapshot kept for replay");
        var span = JsonDocument.Parse(await session.Page.EvaluateAsync<string>("() => fetch('api/replay').then(r => r.text())")).RootElement;
        var at = span.GetProperty("to").GetString()!;

        await session.Page.EvaluateAsync("at => window.entente.replayAt(at)", at);
        Assert.Equal("replay", await session.Page.GetAttributeAsync("body", "data-mode"));
        Assert.True(await session.Page.IsVisibleAsync("#replay-banner"), "the REPLAY banner shows");
        Assert.Contains("REPLAY", await session.Page.TextContentAsync("#replay-banner"), StringComparison.Ordinal);
        await session.ScreenshotAsync("replay.png");

        await session.Page.ClickAsync("#replay-live");
        Assert.Equal("live", await session.Page.GetAttributeAsync("body", "data-mode"));
        Assert.False(await session.Page.IsVisibleAsync("#replay-banner"), "the REPLAY banner is gone");
    }

    private static async Task<Dictionary<string, double[]>> PositionsAsync(PageSession session) =>
        JsonSerializer.Deserialize<Dictionary<string, double[]>>(
            await session.Page.EvaluateAsync<string>("() => JSON.stringify(window.entente.trackPositions())"))!;
}
