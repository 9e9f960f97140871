using System.Text.Json;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

public sealed class MapPageTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task MapPage_DrawsLandTssAndBeaches_WithoutConsoleErrors()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1100 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => consoleErrors.Add(error);

        await server.SignInAsync(page);
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.EvaluateAsync("() => window.entente.ready");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("map-page.png"), FullPage = true });

        Assert.Equal("ready", await page.EvaluateAsync<string>("() => document.body.dataset.state"));
        var counts = JsonSerializer.Deserialize<Dictionary<string, int>>(
            await page.EvaluateAsync<string>("() => JSON.stringify(window.entente.layerCounts())"))!;
        Assert.True(counts.GetValueOrDefault("land") >= 2, "land layer: " + counts.GetValueOrDefault("land"));
        Assert.True(counts.GetValueOrDefault("tss-lane") >= 2, "TSS lanes: " + counts.GetValueOrDefault("tss-lane"));
        Assert.True(counts.GetValueOrDefault("launch-beach") >= 15, "beaches: " + counts.GetValueOrDefault("launch-beach"));

        // Drawn, not just loaded: what is rendered at each feature's own pixel.
        Assert.Contains("land", await KindsAtAsync(page, 51.28, 1.08));
        Assert.Contains("land", await KindsAtAsync(page, 50.75, 2.00));
        Assert.Contains("tss-lane", await KindsAtAsync(page, 50.95, 1.55));
        Assert.Contains("tss-separation-zone", await KindsAtAsync(page, 50.99, 1.44));

        var beaches = await BeachPositionsAsync(page);
        var drawn = 0;
        foreach (var (lat, lon) in beaches)
        {
            drawn += (await KindsAtAsync(page, lat, lon)).Contains("launch-beach") ? 1 : 0;
        }

        Assert.True(drawn >= 15, $"{drawn} of {beaches.Count} beach markers are drawn");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task MapPage_HasALegendNamingTheLayers()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await server.SignInAsync(page);
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.EvaluateAsync("() => window.entente.ready");

        var labels = await page.Locator(".legend__label").AllTextContentsAsync();
        foreach (var expected in new[] { "Land", "Traffic lane", "Separation zone", "Launch beach", "Lifeboat station — RNLI", "Coordination centre" })
        {
            Assert.Contains(expected, labels);
        }
    }

    private static async Task<List<string>> KindsAtAsync(IPage page, double lat, double lon)
    {
        // Results cross as JSON text: exact, whatever the page returns.
        var kinds = await page.EvaluateAsync<string>(
            "([lon, lat]) => { const [x, y] = window.entente.pixelOf(lon, lat); return JSON.stringify(window.entente.kindsAt(x, y)); }",
            new[] { lon, lat });
        return JsonSerializer.Deserialize<List<string>>(kinds)!;
    }

    private static async Task<List<(double Lat, double Lon)>> BeachPositionsAsync(IPage page)
    {
        using var document = JsonDocument.Parse(await page.EvaluateAsync<string>("() => fetch('api/geography').then(r => r.text())"));
        return document.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "launch-beach")
            .Select(f => (f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(),
                f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble()))
            .ToList();
    }
}
