using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

/// <summary>Outcome reports: a person's report is committed and listed, bad input is a 400, and after a restart the
/// reports are still listed and numbering carries on after them.</summary>
public sealed class OutcomesApiTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-outcomes-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static long Number(string id) => long.Parse(id.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture);

    // The picture starts with the feed: until then a report is refused with 503.
    private static async Task<JsonElement> ReportAsync(HttpClient client, object body, CancellationToken ct)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using var response = await client.PostAsJsonAsync("/api/outcomes", body, Json, ct);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > until)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
            }

            await Task.Delay(200, ct);
        }
    }

    [Fact]
    public async Task APersonsReport_IsListedLatestFirst_AndKeptWithItsNumberAcrossARestart()
    {
        var ct = TestContext.Current.CancellationToken;
        string id;
        await using (var first = new EngineFailureNight(_directory))
        {
            using var client = first.ClientAs("uk.borderforce");
            var answer = await ReportAsync(client, new
            {
                actor = "someone-else", outcome = "landed", people = 41, lat = 51.118, lon = 1.322, message = "41 ashore at Dover.",
            }, ct);
            var outcome = answer.GetProperty("outcome").GetString()!;
            Assert.StartsWith("OUT-", outcome, StringComparison.Ordinal);
            Assert.NotEmpty(answer.GetProperty("positions").EnumerateArray());
            id = outcome[..outcome.IndexOf(':', StringComparison.Ordinal)];

            var listed = await client.GetFromJsonAsync<List<JsonElement>>("/api/outcomes", Json, ct);
            var mine = Assert.Single(listed!, o => o.GetProperty("id").GetString() == id);
            Assert.Equal(("landed", 41, "uk.borderforce (uk-border-force)", "41 ashore at Dover."), (mine.GetProperty("outcome").GetString(),
                mine.GetProperty("people").GetInt32(), mine.GetProperty("reporter").GetString(), mine.GetProperty("message").GetString()));
            var times = listed!.Select(o => o.GetProperty("time").GetDateTimeOffset()).ToList();
            Assert.Equal(times.OrderByDescending(t => t), times);

            using var bad = await client.PostAsJsonAsync("/api/outcomes", new { outcome = "sunk" }, Json, ct);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
            using var unknownPlace = await client.PostAsJsonAsync("/api/outcomes",
                new { outcome = "landed", zone = "beach-atlantis" }, Json, ct);
            Assert.Equal(HttpStatusCode.BadRequest, unknownPlace.StatusCode);
            using var badLimit = await client.GetAsync("/api/outcomes?limit=0", ct);
            Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
            var after = await client.GetFromJsonAsync<List<JsonElement>>($"/api/outcomes?from={Uri.EscapeDataString(mine.GetProperty("time").GetString()!)}&limit=1", Json, ct);
            Assert.Single(after!);
        }

        await using (var second = new EngineFailureNight(_directory))
        {
            using var client = second.CreateClient();
            var answer = await ReportAsync(client, new { outcome = "rescued", people = 12 }, ct);
            var next = answer.GetProperty("outcome").GetString()!;
            Assert.True(Number(next[..next.IndexOf(':', StringComparison.Ordinal)]) > Number(id), $"{next} is not numbered after {id}");
            var listed = await client.GetFromJsonAsync<List<JsonElement>>("/api/outcomes?limit=5000", Json, ct);
            Assert.Contains(listed!, o => o.GetProperty("id").GetString() == id && o.GetProperty("people").GetInt32() == 41);
        }
    }
}
