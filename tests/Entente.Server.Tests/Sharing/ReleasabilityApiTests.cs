using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Entente.Server.Tests.Apis;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests.Sharing;

/// <summary>Releasability through the HTTP API on a live night: fields on every object, restricted notes, and nothing
/// for a caller without an agency.</summary>
public sealed class ReleasabilityApiTests(IncidentNightFixture night) : IClassFixture<IncidentNightFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task NobodyReadsAnything_AndAUserOfNoKnownAgency_SeesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = night.AnonymousClient();
        foreach (var path in new[] { "/api/tracks", "/api/incidents", "/api/alerts", "/api/assets", "/api/night", $"/api/incidents/{night.IncidentId}" })
        {
            using var response = await anonymous.GetAsync(path, ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // An account whose agency is not (or no longer) one of the seven: signed in, but released nothing.
        var database = night.Services.GetRequiredService<Storage.IDatabase>();
        await database.Users.CreateAsync(new Storage.Users.UserAccount(Core.Identity.UserName.Parse("stray.user"), "Stray",
            Core.Identifiers.AgencyId.Parse("xx-unknown"), [Core.Identity.Role.WatchOfficer], null, DateTimeOffset.UtcNow, false), ct);
        using var stray = night.ClientAs("stray.user");
        var tracks = await stray.GetFromJsonAsync<JsonElement>("/api/tracks", Json, ct);
        var incidents = await stray.GetFromJsonAsync<List<JsonElement>>("/api/incidents", Json, ct);
        var alerts = await stray.GetFromJsonAsync<List<JsonElement>>("/api/alerts", Json, ct);
        var assets = await stray.GetFromJsonAsync<List<JsonElement>>("/api/assets", Json, ct);
        var nightSoFar = await stray.GetFromJsonAsync<JsonElement>("/api/night", Json, ct);
        using var detail = await stray.GetAsync($"/api/incidents/{night.IncidentId}", ct);
        var signedIn = await night.Client.GetFromJsonAsync<List<JsonElement>>("/api/incidents", Json, ct);

        Assert.Empty(tracks.GetProperty("tracks").EnumerateArray());
        Assert.Empty(incidents!);
        Assert.Empty(alerts!);
        Assert.Empty(assets!);
        Assert.Equal(0, nightSoFar.GetProperty("incidentsOpen").GetInt32() + nightSoFar.GetProperty("alertsOpen").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.NotEmpty(signedIn!);
    }

    [Fact]
    public async Task EveryObject_CarriesAgencyAndReleasability_AndAssetsAreFilteredByOperator()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gendarmerie = await night.ClientOfAsync("fr-gendarmerie-paf");

        var incidents = await night.Client.GetFromJsonAsync<List<JsonElement>>("/api/incidents", Json, ct);
        var tracks = await night.Client.GetFromJsonAsync<JsonElement>("/api/tracks", Json, ct);
        var ukAssets = (await night.Client.GetFromJsonAsync<List<JsonElement>>("/api/assets", Json, ct))!.Select(a => a.GetProperty("id").GetString()).ToList();
        var frAssets = (await gendarmerie.GetFromJsonAsync<List<JsonElement>>("/api/assets", Json, ct))!.Select(a => a.GetProperty("id").GetString()).ToList();

        Assert.All(incidents!, i => Assert.Equal("UK+FR", i.GetProperty("releasability").GetString()));
        Assert.All(incidents!, i => Assert.Contains(i.GetProperty("agency").GetString(), new[] { "uk-hmcg", "fr-cross-gris-nez" }));
        Assert.All(tracks.GetProperty("tracks").EnumerateArray(), t => Assert.False(string.IsNullOrEmpty(t.GetProperty("releasability").GetString())));
        Assert.DoesNotContain("fr-gendarmerie-vessel", ukAssets);
        Assert.Contains("bf-cutter-1", ukAssets);
        Assert.Contains("fr-gendarmerie-vessel", frAssets);
        Assert.DoesNotContain("bf-cutter-1", frAssets);
    }

    [Fact]
    public async Task ARestrictedNote_IsLeftOutOfTheLog_AndTheCount_OfThoseWhoMayNotReadIt()
    {
        var ct = TestContext.Current.CancellationToken;
        using var french = await night.ClientOfAsync("fr-cross-gris-nez");
        using var liaison = await night.ClientOfAsync("uk-liaison");
        var text = "UK eyes only " + Guid.NewGuid().ToString("N");

        using var bad = await night.Client.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/notes",
            new { reason = "x", releasability = "uk+Fr" }, Json, ct);
        using var note = await night.Client.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/notes",
            new { reason = text, releasability = "UK" }, Json, ct);
        var uk = await night.Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, ct);
        var fr = await french.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, ct);
        var ukLiaison = await liaison.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        var ukNote = uk.GetProperty("log").EnumerateArray().Single(e => e.GetProperty("reason").GetString() == text);
        Assert.Equal("UK", ukNote.GetProperty("releasability").GetString());
        Assert.Equal("uk-hmcg", ukNote.GetProperty("agency").GetString());
        Assert.Contains(ukLiaison.GetProperty("log").EnumerateArray(), e => e.GetProperty("reason").GetString() == text);
        Assert.DoesNotContain(fr.GetProperty("log").EnumerateArray(), e => e.GetProperty("reason").GetString() == text);
        var frList = await french.GetFromJsonAsync<List<JsonElement>>("/api/incidents", Json, ct);
        var ukList = await night.Client.GetFromJsonAsync<List<JsonElement>>("/api/incidents", Json, ct);
        int Count(List<JsonElement>? list) => list!.Single(i => i.GetProperty("id").GetString() == night.IncidentId).GetProperty("logEntries").GetInt32();
        Assert.True(Count(ukList) > Count(frList));
    }
}
