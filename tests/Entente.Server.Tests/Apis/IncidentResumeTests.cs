using System.Net.Http.Json;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

/// <summary>No case is dropped by a restart: incidents open in the store are carried on by the new live picture, their
/// logs continuing where they stopped, new incidents are numbered after them, and alerts not yet resolved are still on
/// the list.</summary>
public sealed class IncidentResumeTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-resume-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task OpenIncidents_AreCarriedOnAfterARestart()
    {
        var ct = TestContext.Current.CancellationToken;
        string id;
        int versionBefore;
        long alertNumber;
        await using (var first = new EngineFailureNight(_directory))
        {
            using var client = first.ClientAs("fr.watch");
            id = await WaitForIncidentAsync(client, ct);
            using var note = await client.PostAsJsonAsync($"/api/incidents/{id}/notes",
                new { reason = "Before the restart." }, Json, ct);
            note.EnsureSuccessStatusCode();
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", Json, ct);
            versionBefore = detail.GetProperty("log").GetArrayLength();
            var raised = await client.GetFromJsonAsync<List<JsonElement>>("/api/alerts?status=raised", Json, ct);
            alertNumber = raised![^1].GetProperty("number").GetInt64();
        }

        await using (var second = new EngineFailureNight(_directory))
        {
            using var client = second.CreateClient();
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            JsonElement? carried = null;
            while (carried is null && DateTime.UtcNow < until)
            {
                var incidents = await client.GetFromJsonAsync<List<JsonElement>>("/api/incidents", Json, ct);
                carried = incidents!.Cast<JsonElement?>().FirstOrDefault(i => i!.Value.GetProperty("id").GetString() == id);
                await Task.Delay(200, ct);
            }

            Assert.NotNull(carried);
            Assert.Equal("open", carried.Value.GetProperty("status").GetString());
            Assert.Equal("cross-gris-nez", carried.Value.GetProperty("coordinator").GetString());

            using var note = await client.PostAsJsonAsync($"/api/incidents/{id}/notes",
                new { reason = "After the restart." }, Json, ct);
            Assert.Equal(System.Net.HttpStatusCode.OK, note.StatusCode);
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", Json, ct);
            var log = detail.GetProperty("log").EnumerateArray().ToList();
            Assert.True(log.Count > versionBefore);
            Assert.Equal(Enumerable.Range(1, log.Count), log.Select(e => e.GetProperty("version").GetInt32()));
            Assert.Contains(log, e => e.GetProperty("reason").GetString() == "Before the restart.");
            Assert.Contains(log, e => e.GetProperty("reason").GetString() == "After the restart.");

            // The alert left unacknowledged before the restart is still on the list, and can be taken now.
            var alerts = await client.GetFromJsonAsync<List<JsonElement>>("/api/alerts", Json, ct);
            Assert.Contains(alerts!, a => a.GetProperty("number").GetInt64() == alertNumber && a.GetProperty("status").GetString() == "raised");
            using var ack = await client.PostAsJsonAsync($"/api/alerts/{alertNumber}/acknowledge", new { }, Json, ct);
            Assert.Equal(System.Net.HttpStatusCode.OK, ack.StatusCode);
        }
    }

    private static async Task<string> WaitForIncidentAsync(HttpClient client, CancellationToken ct)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < until)
        {
            var incidents = await client.GetFromJsonAsync<List<JsonElement>>("/api/incidents", Json, ct);
            if (incidents is { Count: > 0 })
            {
                return incidents[^1].GetProperty("id").GetString()!;
            }

            await Task.Delay(250, ct);
        }

        throw new InvalidOperationException("No incident was opened.");
    }
}
