using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Server.Tests.Apis;

namespace Entente.Server.Tests.Security;

/// <summary>
/// Who may call what: every endpoint the server maps (read from its routing table, so a new one cannot be missed) is
/// called by nobody and by a user of every role in every agency. The expected access is written out here, apart from
/// the server's own policies: a role not listed is refused (403 "Not allowed."), a listed one reaches the endpoint,
/// nobody reaches anything but /health and signing in. Then, past the role, which agency may act on an incident.
/// </summary>
public sealed class AuthorizationMatrixTests(IncidentNightFixture night) : IClassFixture<IncidentNightFixture>
{
    private static readonly Role[] People = [Role.WatchOfficer, Role.SarMissionCoordinator, Role.LiaisonOfficer, Role.Analyst, Role.Administrator];
    private static readonly Role[] Everyone = [.. People, Role.FeedClient];
    private static readonly Role[] Officers = [Role.WatchOfficer, Role.SarMissionCoordinator];
    private static readonly Role[] Coordinators = [Role.SarMissionCoordinator];

    // The expected access of every endpoint: null for anyone at all (signed in or not), else the roles admitted.
    private static readonly Dictionary<(string Method, string Pattern), Role[]?> Expected = new()
    {
        [("GET", "/health")] = null,
        [("POST", "/api/session")] = null,
        [("GET", "/api/session")] = Everyone,
        [("DELETE", "/api/session")] = Everyone,
        [("POST", "/api/feed/detections")] = [Role.FeedClient, Role.Administrator],
        [("GET", "/api/outcomes")] = People,
        [("POST", "/api/outcomes")] = [Role.WatchOfficer, Role.SarMissionCoordinator, Role.FeedClient],
        [("POST", "/api/alerts/{number:long}/acknowledge")] = Officers,
        [("POST", "/api/alerts/{number:long}/resolve")] = Officers,
        [("POST", "/api/incidents/{id}/handover/accept")] = Coordinators,
        [("POST", "/api/incidents/{id}/handover/decline")] = Coordinators,
        [("POST", "/api/incidents/{id}/tasks")] = Coordinators,
        [("POST", "/api/incidents/{id}/closure")] = Coordinators,
        [("POST", "/api/incidents/{id}/mayday-relay")] = Coordinators,
        [("POST", "/api/incidents/{id}/plan")] = Coordinators,
        [("POST", "/api/incidents/{id}/consents")] = Officers,
        [("POST", "/api/incidents/{id}/vessels/{mmsi:int}/call")] = Officers,
        [("POST", "/api/incidents/{id}/vessels/{mmsi:int}/answer")] = Officers,
        [("POST", "/api/incidents/{id}/people")] = Officers,
        [("POST", "/api/incidents/{id}/searches")] = Officers,
        [("POST", "/api/intelligence")] = [Role.Analyst, Role.LiaisonOfficer, Role.Administrator],
        [("POST", "/api/intelligence/{id}/releasability")] = [Role.Analyst, Role.LiaisonOfficer, Role.Administrator],
        [("POST", "/api/incidents/{id}/notes")] = [Role.WatchOfficer, Role.SarMissionCoordinator, Role.LiaisonOfficer],
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task EveryEndpoint_ByEveryRoleInEveryAgency_AndByNobody_IsAllowedOrRefusedAsWrittenHere()
    {
        var ct = TestContext.Current.CancellationToken;
        var endpoints = Endpoints();
        Assert.True(endpoints.Count >= 30, $"{endpoints.Count} endpoints found");
        var users = await UsersAsync(ct);
        var failures = new List<string>();
        var checks = 0;
        using var anonymous = night.AnonymousClient();
        foreach (var endpoint in endpoints)
        {
            // Reads not in the table are for people; an unlisted write fails the test, so that it gets a row.
            var roles = Expected.TryGetValue(endpoint, out var listed) ? listed
                : endpoint.Method == "GET" ? People
                : throw new Xunit.Sdk.XunitException($"{endpoint.Method} {endpoint.Pattern} has no row in the matrix.");
            var url = Url(endpoint.Pattern);

            var status = await CallAsync(anonymous, endpoint.Method, url, ct);
            checks++;
            if (roles is not null && status.Code != HttpStatusCode.Unauthorized)
            {
                failures.Add($"nobody {endpoint.Method} {url}: {(int)status.Code}, expected 401");
            }

            foreach (var (agency, role, client) in users)
            {
                status = await CallAsync(client, endpoint.Method, url, ct);
                checks++;
                var allowed = roles is null || roles.Contains(role);
                var refusedByRole = status.Code == HttpStatusCode.Forbidden && status.Title == "Not allowed.";
                if (status.Code == HttpStatusCode.Unauthorized || allowed == refusedByRole || (int)status.Code >= 500)
                {
                    failures.Add($"{Roles.ToName(role)} of {agency.Id} {endpoint.Method} {url}: {(int)status.Code} {status.Title}, " +
                        (allowed ? "expected to reach it" : "expected 403 Not allowed."));
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checks} checks failed:\n" + string.Join('\n', failures.Take(40)));
        Assert.True(checks >= endpoints.Count * 43);
    }

    [Fact]
    public async Task PastTheRole_OnlyTheCoordinatingCentreActs_AndOnlyTheConsentingStateConsents()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = night.IncidentId;
        foreach (var agency in Agencies.All)
        {
            var name = $"sar-{agency.Id.Code}";
            await night.Factory.AddUserAsync(name, agency, [Role.WatchOfficer, Role.SarMissionCoordinator], ct);
            using var client = night.ClientAs(name);
            var coordinator = agency == Agencies.CrossGrisNez;

            using var relay = await client.PostAsJsonAsync($"/api/incidents/{id}/mayday-relay?radiusNm=1", new { }, Json, ct);
            using var call = await client.PostAsJsonAsync($"/api/incidents/{id}/vessels/235000999/call", new { }, Json, ct);
            using var consent = await client.PostAsJsonAsync($"/api/incidents/{id}/consents",
                new { state = "FR", asset = "rnli-dover-lifeboat", reason = "For this rescue." }, Json, ct);
            using var note = await client.PostAsJsonAsync($"/api/incidents/{id}/notes", new { reason = $"Seen by {agency.Name}." }, Json, ct);

            Assert.Equal(coordinator ? HttpStatusCode.OK : HttpStatusCode.Forbidden, relay.StatusCode);
            Assert.Equal(coordinator ? HttpStatusCode.OK : HttpStatusCode.Forbidden, call.StatusCode);
            Assert.Equal(agency.Nation == Nations.France ? HttpStatusCode.OK : HttpStatusCode.Forbidden, consent.StatusCode);
            Assert.Equal(HttpStatusCode.OK, note.StatusCode);
            if (!coordinator)
            {
                Assert.Equal("The action was refused.", (await relay.Content.ReadFromJsonAsync<JsonElement>(Json, ct)).GetProperty("title").GetString());
            }
        }

        // Each action is on the record as the signed-in user of the agency that took it.
        var detail = await night.Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", Json, ct);
        var notes = detail.GetProperty("log").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "note-added")
            .Select(e => e.GetProperty("actor").GetString()).ToList();
        Assert.All(Agencies.All, a => Assert.Contains($"sar-{a.Id.Code} ({a.Id.Code})", notes));
    }

    private async Task<List<(Agency Agency, Role Role, HttpClient Client)>> UsersAsync(CancellationToken ct)
    {
        var users = new List<(Agency, Role, HttpClient)>();
        foreach (var agency in Agencies.All)
        {
            foreach (var role in Everyone)
            {
                var name = $"m-{agency.Id.Code}-{Roles.ToName(role)}";
                await night.Factory.AddUserAsync(name, agency, [role], ct);
                users.Add((agency, role, night.ClientAs(name)));
            }
        }

        return users;
    }

    private string Url(string pattern) => ApiEndpoints.Fill(pattern, name => name switch
    {
        "id" => night.IncidentId,
        "mmsi" => "235000999",
        _ => "1",
    });

    private static async Task<(HttpStatusCode Code, string? Title)> CallAsync(HttpClient client, string method, string url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            // An empty object (an empty batch for the detections feed, whose media types routing checks first): enough to
            // get past authorization and no further for most actions.
            request.Content = url.StartsWith("/api/feed/", StringComparison.Ordinal)
                ? new StringContent("", Encoding.UTF8, "application/x-ndjson")
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        // The event stream never ends: its headers are the answer.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        string? title = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            title = (await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct)).GetProperty("title").GetString();
        }

        return (response.StatusCode, title);
    }

    private List<(string Method, string Pattern)> Endpoints() => ApiEndpoints.Of(night.Services);
}
