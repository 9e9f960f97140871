using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

/// <summary>Search planning on a live incident: plan for assets, read the plan, record a search that found nothing.</summary>
public sealed class SearchPlanApiTests(IncidentNightFixture night) : IClassFixture<IncidentNightFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // CROSS Gris-Nez's watch officer and coordinator: the night's incident is theirs.
    private HttpClient Client => field ??= night.ClientAs("fr.watch");

    [Fact]
    public async Task APlannedSearchThatFoundNothing_RaisesTheCumulativePos_AndIsOnTheLog()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = night.IncidentId;
        using (var none = await Client.GetAsync($"/api/incidents/{id}/plan", ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
        }

        var assets = await Client.GetFromJsonAsync<List<JsonElement>>("/api/assets", Json, ct);
        var french = assets!.Where(a => a.GetProperty("nation").GetString() == "FR").Take(2).Select(a => a.GetProperty("id").GetString()!).ToList();
        Assert.Equal(2, french.Count);

        using var planned = await Client.PostAsJsonAsync($"/api/incidents/{id}/plan",
            new { assets = french, hours = 1.5 }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        Assert.Equal("application/geo+json", planned.Content.Headers.ContentType?.MediaType);
        var plan = await planned.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
        var totalPos = plan.GetProperty("total_pos").GetDouble();
        Assert.InRange(totalPos, 0.01, 1);
        var tracks = plan.GetProperty("features").EnumerateArray().Where(f => f.GetProperty("properties").GetProperty("role").GetString() == "track").ToList();
        Assert.NotEmpty(tracks);
        var asset = tracks[0].GetProperty("properties").GetProperty("asset").GetString()!;
        Assert.Contains(asset, french);

        var kept = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/plan", Json, ct);
        Assert.Equal(totalPos, kept.GetProperty("total_pos").GetDouble());

        using var searched = await Client.PostAsJsonAsync($"/api/incidents/{id}/searches",
            new { asset }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);

        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", Json, ct);
        Assert.Equal(1, detail.GetProperty("incident").GetProperty("searches").GetInt32());
        Assert.True(detail.GetProperty("incident").GetProperty("cumulativePos").GetDouble() > 0);
        var types = detail.GetProperty("log").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Contains("search-completed", types);
        Assert.Contains(detail.GetProperty("log").EnumerateArray(), e => e.GetProperty("type").GetString() == "note-added" &&
            e.GetProperty("reason").GetString()!.StartsWith("Search planned:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadPlansAndSearches_Are400Or404ProblemDetails()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = night.IncidentId;
        var cases = new (string Url, object? Body, HttpStatusCode Expected)[]
        {
            ($"/api/incidents/{id}/plan", new { assets = Array.Empty<string>() }, HttpStatusCode.BadRequest),
            ($"/api/incidents/{id}/plan", new { assets = new[] { "no-such-asset" } }, HttpStatusCode.BadRequest),
            ($"/api/incidents/{id}/plan", new { assets = new[] { "x", "x" } }, HttpStatusCode.BadRequest),
            ($"/api/incidents/{id}/plan", new { assets = new[] { "y" } }, HttpStatusCode.BadRequest),
            ($"/api/incidents/{id}/plan", new { assets = new[] { "x" }, hours = 100 }, HttpStatusCode.BadRequest),
            ("/api/incidents/bad/plan", new { assets = new[] { "x" } }, HttpStatusCode.BadRequest),
            ($"/api/incidents/{id}/plan", null, HttpStatusCode.BadRequest),
            // 404 before the other test has planned, 400 (not one of the plan's assets) after.
            ($"/api/incidents/{id}/searches", new { asset = "none-of-the-plan" }, HttpStatusCode.Ambiguous),
            ("/api/incidents/INC-99999/searches", new { asset = "x" }, HttpStatusCode.NotFound),
        };

        foreach (var (url, body, expected) in cases)
        {
            using var response = body is null
                ? await Client.PostAsync(url, new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"), ct)
                : await Client.PostAsJsonAsync(url, body, Json, ct);
            var allowed = expected == HttpStatusCode.Ambiguous ? [HttpStatusCode.NotFound, HttpStatusCode.BadRequest] : new[] { expected };
            Assert.True(allowed.Contains(response.StatusCode), $"{url} {JsonSerializer.Serialize(body)}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
