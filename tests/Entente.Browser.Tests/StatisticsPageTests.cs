using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Entente.Statistics.Import;
using Entente.Statistics.Official;
using Entente.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>The statistics page (stats.html) against the real server: a synthetic official series imported through
/// its database, and the operational records of the short night it runs, which also feed the live map's
/// launches-per-beach layer.</summary>
public sealed class StatisticsPageTests(IncidentNightServer server) : IClassFixture<IncidentNightServer>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>2024 whole and 2025 to the end of June; people vary by day, every 40th day unpublished.</summary>
    private static List<(DateOnly Date, int? People, int? Boats)> SyntheticDays()
    {
        var days = new List<(DateOnly, int?, int?)>();
        for (var (day, i) = (new DateOnly(2024, 1, 1), 0); day <= new DateOnly(2025, 6, 30); day = day.AddDays(1), i++)
        {
            var people = (i * 53 % 131) + (day.Month * 9);
            days.Add(i % 40 == 7 ? (day, null, null) : (day, people, 1 + (people / 48)));
        }

        return days;
    }

    private async Task ImportSyntheticSeriesAsync(List<(DateOnly Date, int? People, int? Boats)> days)
    {
        var daily = new StringBuilder("date,migrants_arrived,boats_arrived,boats_uncontrolled_landings,notes\n");
        foreach (var (date, people, boats) in days)
        {
            daily.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{people?.ToString(CultureInfo.InvariantCulture) ?? "-"},{boats?.ToString(CultureInfo.InvariantCulture) ?? "-"},-,\n");
        }

        var weekly = new StringBuilder("week_ending,migrants_arrived,boats_arrived,boats_uncontrolled_landings,migrants_prevented,events_prevented,notes\n");
        for (var (week, i) = (new DateOnly(2024, 1, 7), 0); week <= new DateOnly(2025, 6, 29); week = week.AddDays(7), i++)
        {
            weekly.Append(CultureInfo.InvariantCulture, $"{week:yyyy-MM-dd},{400 + (i * 7 % 300)},{10 + (i % 7)},-,{200 + (i * 11 % 150)},{5 + (i % 4)},\n");
        }

        var store = server.Services.GetRequiredService<IDatabase>().OfficialSeries;
        foreach (var csv in new[] { daily.ToString(), weekly.ToString() })
        {
            var file = OfficialSeriesParser.Parse(csv);
            Assert.True(file.IsValid, string.Join("; ", file.Errors));
            await OfficialSeriesArchive.ImportAsync(store, file, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A page that records console errors, except the "Failed to load resource" Chromium logs for a response
    /// the page handles itself: the operational statistics answering 404 or 500, shown as "no operational statistics".</summary>
    private async Task<(IPlaywright, IBrowser, IPage, List<string>)> OpenAsync(Uri address)
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                    && message.Location.Contains("api/stats/operational", StringComparison.Ordinal)))
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await server.SignInAsync(page);
        await page.GotoAsync(address.ToString());
        return (playwright, browser, page, errors);
    }

    private static async Task<JsonElement> ChartAsync(IPage page, string id)
    {
        using var charts = JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.entente.charts())"));
        Assert.True(charts.RootElement.TryGetProperty(id, out var chart), $"chart {id} is not on the page: {charts.RootElement}");
        return chart.Clone();
    }

    private static List<string> Labels(JsonElement chart) => [.. chart.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)];

    private static List<double?> Data(JsonElement chart, int dataset) =>
        [.. chart.GetProperty("datasets")[dataset].GetProperty("data").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble())];

    private static async Task WaitForAsync(IPage page, string predicate, string what, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await page.EvaluateAsync<bool>(predicate))
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out after {seconds} s waiting for {what}.");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task StatisticsPage_ChartsTheImportedSeries_SwitchesYearAndLanguage()
    {
        var ct = TestContext.Current.CancellationToken;
        var days = SyntheticDays();
        await ImportSyntheticSeriesAsync(days);
        using var http = server.SignedInClient();
        var api = await http.GetFromJsonAsync<JsonElement>("api/stats/official", Json, ct);

        var (playwright, browser, page, errors) = await OpenAsync(new Uri(server.BaseAddress, "stats.html"));
        using var _ = playwright;
        await using var __ = browser;
        await page.EvaluateAsync("() => window.entente.ready");
        Assert.Equal("ready", await page.GetAttributeAsync("#official", "data-state"));

        // By year: the imported years, with the API's totals, which are the days' sums.
        var years = await ChartAsync(page, "official-years");
        Assert.Equal(["2024", "2025"], Labels(years));
        Assert.Equal(api.GetProperty("years").EnumerateArray().Select(y => (double?)y.GetProperty("people").GetInt32()), Data(years, 0));
        Assert.Equal(api.GetProperty("years").EnumerateArray().Select(y => (double?)y.GetProperty("boats").GetInt32()), Data(years, 1));
        Assert.Equal(days.GroupBy(d => d.Date.Year).Select(g => (double?)g.Sum(d => d.People ?? 0)), Data(years, 0));
        Assert.Equal("People and boats by year", await page.TextContentAsync("[data-chart=official-years] figcaption"));
        Assert.Contains("2024", await page.GetAttributeAsync("[data-chart=official-years] canvas", "aria-label") ?? "", StringComparison.Ordinal);

        // By month: the latest year first (January to June 2025), then 2024 when chosen.
        Assert.Equal(2025, await page.EvaluateAsync<int>("() => window.entente.year()"));
        var months2025 = await ChartAsync(page, "official-months");
        Assert.Equal(6, months2025.GetProperty("points").GetInt32());
        await page.SelectOptionAsync("#official-year", "2024");
        await WaitForAsync(page, "() => window.entente.year() === 2024", "the months of 2024");
        var months2024 = await ChartAsync(page, "official-months");
        Assert.Equal(12, months2024.GetProperty("points").GetInt32());
        Assert.Equal(api.GetProperty("months").EnumerateArray().Where(m => m.GetProperty("label").GetString()!.StartsWith("2024-", StringComparison.Ordinal))
            .Select(m => (double?)m.GetProperty("people").GetInt32()), Data(months2024, 0));
        Assert.NotEqual(Data(months2025, 0), Data(months2024, 0).Take(6));

        // The other charts of the official series are drawn, each with its points.
        Assert.Equal(days.Count, (await ChartAsync(page, "official-rolling")).GetProperty("points").GetInt32());
        Assert.Equal(18, (await ChartAsync(page, "official-per-boat")).GetProperty("points").GetInt32());
        Assert.Equal(12, (await ChartAsync(page, "official-seasonality")).GetProperty("points").GetInt32());
        Assert.Equal(api.GetProperty("prevention").EnumerateArray().Select(p => (double?)p.GetProperty("peoplePrevented").GetInt32()),
            Data(await ChartAsync(page, "official-prevention"), 1));

        // French and back: the titles change, the figures do not.
        await page.ClickAsync("#lang-toggle");
        await WaitForAsync(page, "() => document.documentElement.lang === 'fr'", "French");
        Assert.Equal("Personnes et embarcations par année", await page.TextContentAsync("[data-chart=official-years] figcaption"));
        Assert.Equal("Carte en direct", await page.TextContentAsync("#nav-map"));
        Assert.Equal(Data(years, 0), Data(await ChartAsync(page, "official-years"), 0));
        await page.ClickAsync("#lang-toggle");
        await WaitForAsync(page, "() => document.documentElement.lang === 'en'", "English");
        Assert.Equal("People and boats by year", await page.TextContentAsync("[data-chart=official-years] figcaption"));

        // A range: only its days.
        await page.EvaluateAsync("() => window.entente.setRange('2025-03-01', '2025-04-30')");
        var ranged = await ChartAsync(page, "official-years");
        Assert.Equal(["2025"], Labels(ranged));
        Assert.Equal(days.Where(d => d.Date >= new DateOnly(2025, 3, 1) && d.Date <= new DateOnly(2025, 4, 30)).Sum(d => d.People ?? 0), Data(ranged, 0)[0]);
        await page.EvaluateAsync("() => window.entente.setRange('', '')");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("statistics-page.png"), FullPage = true });
        Assert.Equal("./", await page.GetAttributeAsync("#nav-map", "href"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task OperationalStatisticsFailing_ShowNoOperationalStatistics_OnBothPages()
    {
        var (playwright, browser, page, errors) = await OpenAsync(server.BaseAddress);
        using var _ = playwright;
        await using var __ = browser;
        await page.RouteAsync("**/api/stats/operational**", route => route.FulfillAsync(new RouteFulfillOptions { Status = 500, ContentType = "application/problem+json", Body = "{\"title\":\"failure\"}" }));

        await page.EvaluateAsync("() => window.entente.ready");
        await page.ClickAsync("#beach-launches-toggle");
        await WaitForAsync(page, "() => window.entente.beachLaunchesState() === 'unavailable'", "the layer to report no statistics");
        Assert.Equal("No operational statistics.", await page.TextContentAsync("[data-field=beach-launches]"));
        Assert.Equal("{}", await page.EvaluateAsync<string>("() => JSON.stringify(window.entente.beachLaunches())"));

        await page.ClickAsync("#nav-stats");
        await page.WaitForURLAsync("**/stats.html", BrowserSession.Reached);
        await page.WaitForFunctionAsync("() => typeof window.entente?.charts === 'function'");
        await page.EvaluateAsync("() => window.entente.ready");
        Assert.Equal("unavailable", await page.GetAttributeAsync("#operational", "data-state"));
        Assert.Contains("No operational statistics.", await page.TextContentAsync("#operational") ?? "", StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task OperationalSectionAndBeachLayer_DrawAnAnswerOfTheContract()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = server.SignedInClient();
        using var geography = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/geography", UriKind.Relative), ct));
        var beaches = geography.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "launch-beach").Take(3)
            .Select((f, i) => new
            {
                id = f.GetProperty("properties").GetProperty("id").GetString(),
                name = f.GetProperty("properties").GetProperty("name").GetString(),
                lat = f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(),
                lon = f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(),
                launches = new[] { 3, 0, 1 }[i],
            }).ToList();
        static object Night(string night, int launches, int landed, int rescued, int incidents) => new
        {
            firstNight = night, lastNight = night, launchesDetected = launches, launchesByBeach = new Dictionary<string, int>(),
            boatsAtSea = launches, boatsLanded = landed, boatsPrevented = 0, boatsIntercepted = 0, boatsRescued = rescued,
            peopleAtSea = launches * 40, peopleLanded = landed * 40, peoplePrevented = 0, peopleIntercepted = 0, peopleRescued = rescued * 40,
            peopleMissing = 0, incidentsOpened = incidents, incidentsClosed = incidents, handoversOffered = 1, handoversAccepted = 1, handoversDeclined = 0,
            launchToFirstDetection = new { count = 2, medianSeconds = 245.0, percentile90Seconds = 400.0, longestSeconds = 400.0 },
            alertToAcknowledgement = new { count = 0 },
            distressToFirstTasking = new { count = 1, medianSeconds = 3725.0, percentile90Seconds = 3725.0, longestSeconds = 3725.0 },
        };
        var answer = JsonSerializer.Serialize(new
        {
            from = "2026-11-20", to = "2026-11-21",
            total = Night("2026-11-20", 4, 2, 1, 1),
            nights = new[] { Night("2026-11-20", 1, 1, 0, 0), Night("2026-11-21", 3, 1, 1, 1) },
            beaches,
        });

        var (playwright, browser, page, errors) = await OpenAsync(new Uri(server.BaseAddress, "stats.html"));
        using var _ = playwright;
        await using var __ = browser;
        await page.RouteAsync("**/api/stats/operational**", route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = answer }));
        await page.ReloadAsync();
        await page.EvaluateAsync("() => window.entente.ready");

        Assert.Equal("ok", await page.GetAttributeAsync("#operational", "data-state"));
        var launches = await ChartAsync(page, "ops-launches");
        Assert.Equal(["2026-11-20", "2026-11-21"], Labels(launches));
        Assert.Equal([1.0, 3.0], Data(launches, 0));
        Assert.Equal([1.0, 1.0], Data(await ChartAsync(page, "ops-outcomes"), 0));
        Assert.Equal([0.0, 40.0], Data(await ChartAsync(page, "ops-people"), 3));
        Assert.Equal([beaches[0].name!, beaches[2].name!], Labels(await ChartAsync(page, "ops-beaches")));
        Assert.Equal("4 min 05 s", await page.TextContentAsync("#response-times tr[data-measure=launchToFirstDetection] td:nth-of-type(2)"));
        Assert.Equal("—", await page.TextContentAsync("#response-times tr[data-measure=alertToAcknowledgement] td:nth-of-type(2)"));
        Assert.Equal("1 h 02 min", await page.TextContentAsync("#response-times tr[data-measure=distressToFirstTasking] td:nth-of-type(3)"));

        // The live map draws the beaches with launches, and leaves out the one with none.
        await page.ClickAsync("#nav-map");
        await page.WaitForURLAsync(url => !url.EndsWith("stats.html", StringComparison.Ordinal), BrowserSession.Reached);
        await page.WaitForFunctionAsync("() => typeof window.entente?.showBeachLaunches === 'function'");
        await page.EvaluateAsync("() => window.entente.ready");
        await page.ClickAsync("#beach-launches-toggle");
        await WaitForAsync(page, "() => window.entente.beachLaunchesState() === 'ok'", "the beach layer");
        var drawn = JsonSerializer.Deserialize<Dictionary<string, int>>(await page.EvaluateAsync<string>("() => JSON.stringify(window.entente.beachLaunches())"))!;
        Assert.Equal(beaches.Where(b => b.launches > 0).ToDictionary(b => b.id!, b => b.launches), drawn);
        Assert.Equal("Nights 2026-11-20 to 2026-11-21: 4 launches from 2 beaches", await page.TextContentAsync("[data-field=beach-launches]"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("beach-launches-layer.png") });
        Assert.Empty(errors);
    }

    /// <summary>Needs GET /api/stats/operational (the operational statistics' endpoint).</summary>
    [Fact]
    public async Task OperationalSectionAndBeachLayer_MatchTheApi_AfterALaunch()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = server.SignedInClient();
        var until = DateTime.UtcNow.AddSeconds(90);
        while (!(await http.GetFromJsonAsync<List<JsonElement>>("api/alerts", Json, ct))!.Any(a => a.GetProperty("type").GetString() == "launch"))
        {
            Assert.True(DateTime.UtcNow < until, "no launch alert within 90 s");
            await Task.Delay(500, ct);
        }

        using var response = await http.GetAsync(new Uri("api/stats/operational", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
        Assert.True(api.GetProperty("total").GetProperty("launchesDetected").GetInt32() >= 1);

        var (playwright, browser, page, errors) = await OpenAsync(new Uri(server.BaseAddress, "stats.html"));
        using var _ = playwright;
        await using var __ = browser;
        await page.EvaluateAsync("() => window.entente.ready");
        Assert.Equal("ok", await page.GetAttributeAsync("#operational", "data-state"));
        var launches = await ChartAsync(page, "ops-launches");
        var shown = await page.EvaluateAsync<string>("() => JSON.stringify(window.entente.operational().data)");
        using var shownJson = JsonDocument.Parse(shown);
        var nights = shownJson.RootElement.GetProperty("nights").EnumerateArray().ToList();
        Assert.Equal(nights.Select(n => n.GetProperty("firstNight").GetString()!), Labels(launches));
        Assert.Equal(nights.Select(n => (double?)n.GetProperty("launchesDetected").GetInt32()), Data(launches, 0));
        Assert.Equal(3, await page.Locator("#response-times tbody tr").CountAsync());
        foreach (var id in new[] { "ops-outcomes", "ops-people", "ops-incidents", "ops-beaches" })
        {
            Assert.True((await ChartAsync(page, id)).GetProperty("points").GetInt32() >= 1, id);
        }

        // The live map's layer: one circle per beach with launches, as the API counts them (read again until both agree,
        // since the night goes on between the two reads).
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.EvaluateAsync("() => window.entente.ready");
        await page.ClickAsync("#beach-launches-toggle");
        await WaitForAsync(page, "() => window.entente.beachLaunchesState() === 'ok'", "the beach layer");
        Dictionary<string, int> expected = [], drawn = [];
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var beaches = await http.GetFromJsonAsync<JsonElement>("api/stats/operational", Json, ct);
            expected = beaches.GetProperty("beaches").EnumerateArray().Where(b => b.GetProperty("launches").GetInt32() > 0)
                .ToDictionary(b => b.GetProperty("id").GetString()!, b => b.GetProperty("launches").GetInt32());
            drawn = JsonSerializer.Deserialize<Dictionary<string, int>>(await page.EvaluateAsync<string>("() => JSON.stringify(window.entente.beachLaunches())"))!;
            if (expected.Count > 0 && expected.OrderBy(e => e.Key).SequenceEqual(drawn.OrderBy(e => e.Key)))
            {
                break;
            }

            await page.EvaluateAsync("() => window.entente.showBeachLaunches(true)");
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(e => e.Key), drawn.OrderBy(e => e.Key));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("beach-launches.png") });
        Assert.Empty(errors);
    }
}
