using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Entente.Core.Geodesy;
using Entente.Core.Identity;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>
/// Two agencies, one picture: a French watch officer and a UK analyst sign in on the page at the same time. Both see the
/// shared picture (the simulated night's radar tracks, released to both states); only the French officer sees the
/// boat on the beach that the gendarmerie's sensors report for France only.
/// </summary>
public sealed class TwoAgenciesTests(LabelledFeedServer server) : IClassFixture<LabelledFeedServer>
{
    // A spot on the beach east of Calais, away from the simulated launches.
    private static readonly GeoPosition Beach = GeoPosition.FromDegrees(50.962, 1.905);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task AFrenchWatchOfficer_AndAUkAnalyst_SeeTheSharedPicture_AndOnlyTheFrenchOfficerSeesTheFrenchOnlyBoat()
    {
        var ct = TestContext.Current.CancellationToken;
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var french = await SignInOnThePageAsync(browser, "fr.watch");
        var british = await SignInOnThePageAsync(browser, "uk.analyst");
        Assert.Contains("CROSS Gris-Nez", await french.TextContentAsync("#session-user") ?? "", StringComparison.Ordinal);
        Assert.Contains("HMCG", await british.TextContentAsync("#session-user") ?? "", StringComparison.Ordinal);

        using var feed = await FeedClientAsync(ct);
        using var reader = server.SignedInClient("fr.watch");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reporting = ReportEveryTwoSecondsAsync(feed, reader, stop.Token);
        try
        {
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(90);
            while (Near(await PositionsAsync(french)).Count == 0)
            {
                Assert.True(DateTime.UtcNow < until, "the French officer never saw the boat the gendarmerie reported");
                Assert.False(reporting.IsFaulted, reporting.Exception?.Message);
                await Task.Delay(1_000, ct);
            }

            // The push to the UK analyst has had the same frames: give it one more frame to be sure, then look.
            await Task.Delay(TimeSpan.FromSeconds(11), ct);
            var frenchTracks = await PositionsAsync(french);
            var britishTracks = await PositionsAsync(british);
            Assert.NotEmpty(Near(frenchTracks));
            Assert.Empty(Near(britishTracks));
            // The shared picture is on both pages: the simulated night's tracks, the same ids.
            Assert.NotEmpty(britishTracks);
            Assert.NotEmpty(frenchTracks.Keys.Intersect(britishTracks.Keys));
            Assert.Empty(britishTracks.Keys.Intersect(Near(frenchTracks)));
            await french.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("two-agencies-french.png") });
            await british.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("two-agencies-british.png") });
        }
        finally
        {
            await stop.CancelAsync();
            await reporting.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    // The gendarmerie's sensor reports the boat every two seconds, timed a little after the picture's latest frame so
    // that each report joins the picture in order.
    private static async Task ReportEveryTwoSecondsAsync(HttpClient feed, HttpClient reader, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var pictureTime = (await reader.GetFromJsonAsync<JsonElement>("api/tracks", Json, ct)).GetProperty("time");
            var time = (pictureTime.ValueKind == JsonValueKind.String ? pictureTime.GetDateTimeOffset() : DateTimeOffset.UtcNow).AddSeconds(5);
            var line = string.Create(CultureInfo.InvariantCulture,
                $$"""{"time":"{{time.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}}","sensor":"beach-calais-east","kind":"ground","lat":{{Beach.LatitudeDegrees}},"lon":{{Beach.LongitudeDegrees}},"sigma_m":50,"people":40}""");
            using var content = new StringContent(line + "\n", Encoding.UTF8, "application/x-ndjson");
            using var posted = await feed.PostAsync(new Uri("api/feed/detections", UriKind.Relative), content, ct);
            if (!posted.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"the feed refused the report: HTTP {(int)posted.StatusCode}");
            }

            await Task.Delay(2_000, ct);
        }
    }

    private async Task<IPage> SignInOnThePageAsync(IBrowser browser, string user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.WaitForURLAsync(url => url.Contains("/login.html", StringComparison.Ordinal),
            BrowserSession.Reached);
        await page.FillAsync("#login-name", user);
        await page.FillAsync("#login-password", server.DemoPassword);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !url.Contains("/login.html", StringComparison.Ordinal),
            BrowserSession.Reached);
        await BrowserSession.ReadyAsync(page);
        return page;
    }

    private async Task<HttpClient> FeedClientAsync(CancellationToken ct)
    {
        var users = server.Services.GetRequiredService<IDatabase>().Users;
        var name = UserName.Parse("gendarmerie.gateway");
        await users.CreateAsync(new Storage.Users.UserAccount(name, "Beach sensor gateway", Agencies.GendarmeriePaf.Id, [Role.FeedClient], null,
            DateTimeOffset.UtcNow, false), ct);
        var issued = await users.IssueTokenAsync(name, "browser tests", DateTimeOffset.UtcNow, null, ct);
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", issued!.Secret);
        return client;
    }

    private static async Task<Dictionary<string, double[]>> PositionsAsync(IPage page) =>
        JsonSerializer.Deserialize<Dictionary<string, double[]>>(await page.EvaluateAsync<string>("() => JSON.stringify(window.entente.trackPositions())"))!;

    // The tracks within a kilometre of the beach report.
    private static List<string> Near(Dictionary<string, double[]> tracks) =>
        [.. tracks.Where(t => Geodesic.DistanceMetres(GeoPosition.FromDegrees(t.Value[1], t.Value[0]), Beach) < 1_000).Select(t => t.Key)];
}

/// <summary>The real server with its simulated night, and a detections feed from the gendarmerie's beach sensors labelled
/// for France only.</summary>
public sealed class LabelledFeedServer : ServerFixture
{
    protected override IEnumerable<string> ExtraArguments =>
        // The simulation runs beside the real feed (which would otherwise replace it) at real speed, so that the
        // feed's reports, timed by the picture's clock, join it in order.
        ["--Feeds:Simulation:Enabled=true", "--Feeds:Simulation:Speed=1", "--Feeds:Detections:Http:Enabled=true",
            "--Feeds:Detections:Agency=fr-gendarmerie-paf", "--Feeds:Detections:Releasability=FR"];
}
