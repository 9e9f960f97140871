using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

/// <summary>The alerts and incidents APIs against a live night: actions are committed before they are answered, refused
/// with ProblemDetails (never 500), and no push-back task exists.</summary>
public sealed class IncidentsApiTests(IncidentNightFixture night) : IClassFixture<IncidentNightFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    // Who acts is the signed-in user; a name in the body is ignored.
    private static readonly object Nobody = new { };
    private static readonly object Impostor = new { actor = "someone-else", agency = "fr-cross-gris-nez" };

    // HM Coastguard's watch officer and coordinator (uk.watch).
    private HttpClient Client => night.Client;

    // CROSS Gris-Nez's watch officer and coordinator, who coordinates the night's incident.
    private HttpClient French => field ??= night.ClientAs("fr.watch");

    [Fact]
    public async Task AnIncident_IsCoordinatedByCrossGrisNez_AndItsStoredLogOpensIt()
    {
        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, TestContext.Current.CancellationToken);
        Assert.Equal("cross-gris-nez", detail.GetProperty("incident").GetProperty("coordinator").GetString());
        // No search has been recorded yet: the cumulative probability of success is 0.
        Assert.Equal(0, detail.GetProperty("incident").GetProperty("searches").GetInt32());
        Assert.Equal(0, detail.GetProperty("incident").GetProperty("cumulativePos").GetDouble());
        var log = detail.GetProperty("log");
        Assert.Equal("incident-opened", log[0].GetProperty("type").GetString());
        Assert.Equal(1, log[0].GetProperty("version").GetInt32());
        Assert.Equal(night.IncidentId, log[0].GetProperty("event").GetProperty("incident").GetString());
    }

    [Fact]
    public async Task AnIncidentsDrift_IsGeoJson_WithItsDatum_ContainmentAreas_AndParticles()
    {
        var ct = TestContext.Current.CancellationToken;
        var incident = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, ct);
        var (lat, lon, sigma) = (incident.GetProperty("incident").GetProperty("datumLat").GetDouble(), incident.GetProperty("incident").GetProperty("datumLon").GetDouble(),
            incident.GetProperty("incident").GetProperty("datumSigmaMetres").GetDouble());

        using var response = await Client.GetAsync($"/api/incidents/{night.IncidentId}/drift", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var features = (await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct)).GetProperty("features").EnumerateArray().ToList();
        var datum = features.Single(f => f.GetProperty("properties").GetProperty("kind").GetString() == "datum").GetProperty("geometry").GetProperty("coordinates");
        // The boat may have moved a little since the datum was logged; the cloud's centre is near it (2 km is generous).
        Assert.InRange(datum[1].GetDouble(), lat - 0.02, lat + 0.02);
        Assert.InRange(datum[0].GetDouble(), lon - 0.03, lon + 0.03);
        var areas = features.Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "containment")
            .ToDictionary(f => f.GetProperty("properties").GetProperty("level").GetDouble(), f => f.GetProperty("properties").GetProperty("area_km2").GetDouble());
        Assert.Equal([0.5, 0.9], areas.Keys.Order());
        Assert.True(areas[0.9] > areas[0.5]);
        var particles = features.Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "particles").Sum(f => f.GetProperty("properties").GetProperty("particles").GetInt32());
        Assert.Equal(1_000, particles);
        Assert.True(sigma >= 0);

        using var bad = await Client.GetAsync("/api/incidents/nonsense/drift", ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var missing = await Client.GetAsync("/api/incidents/INC-99999/drift", ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AnAlert_CanBeAcknowledgedOnce_AndTheAcknowledgementShows()
    {
        var alerts = await Client.GetFromJsonAsync<List<JsonElement>>("/api/alerts?status=raised", Json, TestContext.Current.CancellationToken);
        var number = alerts![0].GetProperty("number").GetInt64();
        using var ack = await Client.PostAsJsonAsync($"/api/alerts/{number}/acknowledge", Impostor, Json, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.NotEmpty((await ack.Content.ReadFromJsonAsync<JsonElement>(Json, TestContext.Current.CancellationToken)).GetProperty("positions").EnumerateArray());

        var after = await Client.GetFromJsonAsync<List<JsonElement>>("/api/alerts", Json, TestContext.Current.CancellationToken);
        var alert = after!.Single(a => a.GetProperty("number").GetInt64() == number);
        Assert.Equal("acknowledged", alert.GetProperty("status").GetString());
        Assert.Equal("uk.watch (uk-hmcg)", alert.GetProperty("acknowledgedBy").GetString());

        using var again = await Client.PostAsJsonAsync($"/api/alerts/{number}/acknowledge", Nobody, Json, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var unknown = await Client.PostAsJsonAsync("/api/alerts/999999/acknowledge", Nobody, Json, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("push-back")]
    [InlineData("turn-back")]
    [InlineData("tow")]
    [InlineData("")]
    [InlineData(null)]
    public async Task NoPushBackTask_CanBeCreatedThroughTheApi(string? task)
    {
        using var response = await French.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/tasks",
            new { asset = "snsm-calais-lifeboat", task }, Json, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(detail.GetProperty("log").EnumerateArray(), e => e.GetProperty("type").GetString() == "asset-tasked" &&
            e.GetProperty("event").GetProperty("task").GetString() is not ("search" or "rescue" or "stand-by" or "monitor" or "medical-evacuation" or "communications-relay"));
    }

    [Fact]
    public async Task TaskingAUkAssetIntoFrenchWaters_NeedsFrenchConsent_AndOnlyTheCoordinatingCentreTasks()
    {
        var ct = TestContext.Current.CancellationToken;
        var task = new { asset = "rnli-dover-lifeboat", task = "rescue" };
        using var refused = await French.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/tasks", task, Json, ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("consent", await refused.Content.ReadAsStringAsync(ct), StringComparison.OrdinalIgnoreCase);

        using var notCoordinator = await Client.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/tasks",
            new { asset = "snsm-calais-lifeboat", task = "rescue" }, Json, ct);
        Assert.Equal(HttpStatusCode.Forbidden, notCoordinator.StatusCode);

        using var ukConsent = await Client.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/consents",
            new { state = "FR", asset = "rnli-dover-lifeboat" }, Json, ct);
        Assert.Equal(HttpStatusCode.Forbidden, ukConsent.StatusCode);
        using var premar = night.ClientAs("fr.navy");
        using var consent = await premar.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/consents",
            new { state = "FR", asset = "rnli-dover-lifeboat", reason = "Consent for this rescue." }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        using var tasked = await French.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/tasks", task, Json, ct);
        Assert.Equal(HttpStatusCode.OK, tasked.StatusCode);

        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, ct);
        var log = detail.GetProperty("log").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.True(log.IndexOf("consent-recorded") < log.IndexOf("asset-tasked"));

        var assets = await Client.GetFromJsonAsync<List<JsonElement>>("/api/assets", Json, ct);
        var rnli = assets!.Single(a => a.GetProperty("id").GetString() == "rnli-dover-lifeboat");
        Assert.Equal("tasked", rnli.GetProperty("status").GetString());
        Assert.Equal(night.IncidentId, rnli.GetProperty("incident").GetString());
        Assert.Equal("rescue", rnli.GetProperty("task").GetString());
    }

    [Fact]
    public async Task MaydayRelay_RecordsItsCandidates_AndWhoWasCalledAndAnswered()
    {
        var ct = TestContext.Current.CancellationToken;
        using var relay = await French.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/mayday-relay?radiusNm=30", Nobody, Json, ct);
        Assert.Equal(HttpStatusCode.OK, relay.StatusCode);
        using var unasked = await French.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/vessels/235000999/answer",
            new { reason = "proceeding" }, Json, ct);
        Assert.Equal(HttpStatusCode.Conflict, unasked.StatusCode);

        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, ct);
        var broadcast = detail.GetProperty("log").EnumerateArray().Last(e => e.GetProperty("type").GetString() == "mayday-relay-broadcast");
        var candidates = broadcast.GetProperty("event").GetProperty("candidates").EnumerateArray().ToList();
        Assert.All(candidates, c => Assert.True(c.GetProperty("distance_m").GetDouble() <= 30 * 1852));
        Assert.Equal(candidates.Select(c => c.GetProperty("distance_m").GetDouble()).Order(), candidates.Select(c => c.GetProperty("distance_m").GetDouble()));
        if (candidates.Count > 0)
        {
            var mmsi = candidates[0].GetProperty("mmsi").GetInt32();
            using var call = await French.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/vessels/{mmsi}/call", Nobody, Json, ct);
            Assert.Equal(HttpStatusCode.OK, call.StatusCode);
            using var answer = await French.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/vessels/{mmsi}/answer",
                new { reason = "Proceeding, ETA 20 min." }, Json, ct);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        using var notCoordinator = await Client.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/mayday-relay", Nobody, Json, ct);
        Assert.Equal(HttpStatusCode.Forbidden, notCoordinator.StatusCode);
    }

    [Fact]
    public async Task PeopleCounts_AreRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await French.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/people",
            new { aboard = 41, rescued = 0, landed = 0, missing = 0, reason = "Count from the aircraft." }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, ct);
        var counted = detail.GetProperty("log").EnumerateArray().Last(e => e.GetProperty("type").GetString() == "people-counted");
        Assert.Equal(41, counted.GetProperty("event").GetProperty("people").GetProperty("aboard").GetInt32());
    }

    [Fact]
    public async Task ClosingWithMismatchingEvidence_IsRefused_WithAnAlert()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await French.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/closure",
            new { people = 3, lat = 51.35, lon = 1.9 }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{night.IncidentId}", Json, ct);
        Assert.Equal("open", detail.GetProperty("incident").GetProperty("status").GetString());
        Assert.Contains(detail.GetProperty("log").EnumerateArray(), e => e.GetProperty("type").GetString() == "closure-refused");
        var alerts = await Client.GetFromJsonAsync<List<JsonElement>>("/api/alerts", Json, ct);
        Assert.Contains(alerts!, a => a.GetProperty("type").GetString() == "evidence-conflict" && a.GetProperty("incident").GetString() == night.IncidentId);
    }

    [Theory]
    [InlineData("/api/alerts/1/acknowledge", "{\"reason\":5}")]
    [InlineData("/api/alerts/1/acknowledge", "[\"reason\"]")]
    [InlineData("/api/alerts/1/acknowledge", "not json")]
    [InlineData("/api/alerts/1/resolve", "{}")]
    [InlineData("/api/alerts/abc/acknowledge", "{}")]
    [InlineData("/api/incidents/INC-1/notes", "{\"reason\":\"n\"}")]
    [InlineData("/api/incidents/INC-00001/closure", "{\"people\":-3,\"lat\":51,\"lon\":1.5}")]
    [InlineData("/api/incidents/INC-00001/closure", "{\"people\":3,\"lat\":95,\"lon\":1.5}")]
    [InlineData("/api/incidents/INC-00001/consents", "{\"state\":\"DE\",\"asset\":\"a\"}")]
    [InlineData("/api/incidents/INC-00001/tasks", "{\"asset\":\"no-such-asset\",\"task\":\"rescue\"}")]
    [InlineData("/api/incidents/INC-00001/tasks", "{\"asset\":5,\"task\":[]}")]
    [InlineData("/api/incidents/INC-00001/people", "{\"rescued\":-1,\"reason\":\"r\"}")]
    [InlineData("/api/incidents/INC-00001/people", "{\"rescued\":1}")]
    public async Task MalformedRequests_Get400ProblemDetails_Never500(string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await French.PostAsync(path, content, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path} {body}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
