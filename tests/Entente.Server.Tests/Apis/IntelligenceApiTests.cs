using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests.Apis;

/// <summary>The intelligence notes API as users of different agencies and roles: each agency sees what the label
/// releases to it and nothing else, only the originator relabels, bad input is 400, and the audit log holds every write
/// and every restricted read.</summary>
public sealed class IntelligenceApiTests(EntenteFactory factory) : IClassFixture<EntenteFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static int _users;
    private readonly Dictionary<HttpClient, string> _names = [];

    private IDatabase Database => factory.Services.GetRequiredService<IDatabase>();

    [Fact]
    public async Task Create_TakesAuthorAndAgencyFromTheSession_AndIsTheOriginatorsAloneByDefault()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await ClientAsync("uk-hmcg", Role.Analyst);
        using var colleague = await ClientAsync("uk-border-force", Role.Analyst);

        using var created = await analyst.PostAsJsonAsync("/api/intelligence",
            new { subject = "boat-supply", title = "Boats stored near Gravelines", text = "Six hulls in a barn.", tracks = new[] { 12, 12, 3 } }, Json, ct);
        var note = await created.Content.ReadFromJsonAsync<JsonElement>(Json, ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = note.GetProperty("id").GetInt64();
        Assert.Equal($"/api/intelligence/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(Name(analyst), note.GetProperty("author").GetString());
        Assert.Equal("uk-hmcg", note.GetProperty("agency").GetString());
        Assert.Equal("ORIGINATOR", note.GetProperty("releasability").GetString());
        Assert.Equal("boat-supply", note.GetProperty("subject").GetString());
        Assert.Equal([3L, 12L], note.GetProperty("tracks").EnumerateArray().Select(t => t.GetInt64()));
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(new Uri($"/api/intelligence/{id}", UriKind.Relative), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync(new Uri($"/api/intelligence/{id}", UriKind.Relative), ct)).StatusCode);
        Assert.DoesNotContain(id, await IdsAsync(colleague, "/api/intelligence"));

        // Naming another author or agency in the body is refused, not obeyed.
        using var forged = await analyst.PostAsJsonAsync("/api/intelligence",
            new { subject = "other", title = "Forged", text = "As someone else.", agency = "fr-liaison", author = "fr.analyst" }, Json, ct);
        await AssertProblemAsync(forged, HttpStatusCode.BadRequest, "not a field");
    }

    [Fact]
    public async Task AFrenchUser_NeverSeesAUkOnlyNote_InTheList_ItsDetail_OrATrackFilter()
    {
        var ct = TestContext.Current.CancellationToken;
        using var uk = await ClientAsync("uk-hmcg", Role.Analyst);
        using var ukOther = await ClientAsync("uk-border-force", Role.WatchOfficer);
        using var fr = await ClientAsync("fr-cross-gris-nez", Role.WatchOfficer, Role.SarMissionCoordinator);
        using var frLiaison = await ClientAsync("fr-liaison", Role.LiaisonOfficer);
        var track = 700_000 + Interlocked.Increment(ref _users);

        var ukOnly = await CreateAsync(uk, new { subject = "smuggling-network", title = "Organiser in Kent", text = "Payments traced.", releasability = "UK", tracks = new[] { track } });
        var shared = await CreateAsync(uk, new { subject = "engine-supply", title = "Engines", text = "Forty outboards.", releasability = "UK+FR", tracks = new[] { track } });
        var liaison = await CreateAsync(uk, new { subject = "other", title = "For the liaison", text = "Meeting at Coquelles.", releasability = "UK+fr-liaison", tracks = new[] { track } });

        var frList = await IdsAsync(fr, "/api/intelligence");
        var frTrack = await IdsAsync(fr, $"/api/intelligence?track={track}");
        using var frDetail = await fr.GetAsync(new Uri($"/api/intelligence/{ukOnly}", UriKind.Relative), ct);
        using var nothing = await fr.GetAsync(new Uri("/api/intelligence/999999999", UriKind.Relative), ct);

        Assert.DoesNotContain(ukOnly, frList);
        Assert.DoesNotContain(liaison, frList);
        Assert.Contains(shared, frList);
        Assert.Equal([shared], frTrack);
        // Hidden and absent answer alike: nothing tells the reader that the note exists.
        await AssertProblemAsync(frDetail, HttpStatusCode.NotFound, "no intelligence note");
        await AssertProblemAsync(nothing, HttpStatusCode.NotFound, "no intelligence note");

        Assert.Equal([liaison, shared], await IdsAsync(frLiaison, $"/api/intelligence?track={track}"));
        Assert.Equal([liaison, shared, ukOnly], await IdsAsync(ukOther, $"/api/intelligence?track={track}"));
        Assert.Equal([ukOnly], await IdsAsync(ukOther, $"/api/intelligence?track={track}&subject=smuggling-network"));
        Assert.Equal([liaison], await IdsAsync(ukOther, $"/api/intelligence?track={track}&limit=1"));
    }

    [Fact]
    public async Task Relabel_OnlyByTheOriginator_WideningShowsTheNoteToTheOtherState_AndIsAudited()
    {
        var ct = TestContext.Current.CancellationToken;
        using var uk = await ClientAsync("uk-hmcg", Role.Analyst);
        using var ukWatch = await ClientAsync("uk-hmcg", Role.WatchOfficer);
        using var frLiaison = await ClientAsync("fr-liaison", Role.LiaisonOfficer);
        using var fr = await ClientAsync("fr-gendarmerie-paf", Role.Analyst);
        var id = await CreateAsync(uk, new { subject = "boat-supply", title = "Hulls", text = "Delivered by van.", releasability = "UK+fr-liaison" });
        var head = (await Database.Audit.VerifyAsync(ct)).HeadSequence;

        // The French liaison reads it but did not write it; the gendarmerie cannot even see it; a watch officer may not relabel.
        using var notOriginator = await frLiaison.PostAsJsonAsync($"/api/intelligence/{id}/releasability", new { releasability = "UK+FR" }, Json, ct);
        using var hidden = await fr.PostAsJsonAsync($"/api/intelligence/{id}/releasability", new { releasability = "UK+FR" }, Json, ct);
        using var watch = await ukWatch.PostAsJsonAsync($"/api/intelligence/{id}/releasability", new { releasability = "UK+FR" }, Json, ct);
        await AssertProblemAsync(notOriginator, HttpStatusCode.Forbidden, "originating agency");
        await AssertProblemAsync(hidden, HttpStatusCode.NotFound, "no intelligence note");
        await AssertProblemAsync(watch, HttpStatusCode.Forbidden, "analyst, liaison-officer, administrator");
        Assert.Equal(HttpStatusCode.NotFound, (await fr.GetAsync(new Uri($"/api/intelligence/{id}", UriKind.Relative), ct)).StatusCode);

        using var widened = await uk.PostAsJsonAsync($"/api/intelligence/{id}/releasability", new { releasability = "UK+FR" }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, widened.StatusCode);
        Assert.Equal("UK+FR", (await widened.Content.ReadFromJsonAsync<JsonElement>(Json, ct)).GetProperty("releasability").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fr.GetAsync(new Uri($"/api/intelligence/{id}", UriKind.Relative), ct)).StatusCode);

        using var narrowed = await uk.PostAsJsonAsync($"/api/intelligence/{id}/releasability", new { releasability = "ORIGINATOR" }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await frLiaison.GetAsync(new Uri($"/api/intelligence/{id}", UriKind.Relative), ct)).StatusCode);

        var changes = (await Database.Audit.ReadAsync(head, 1_000, ct)).Where(e => e.Action == "label.change" && e.Target == $"intelligence-note {id}").ToList();
        Assert.Equal(["UK+fr-liaison -> UK+FR", "UK+FR -> ORIGINATOR"], changes.Select(e => e.Detail));
        Assert.All(changes, e => Assert.Equal((Name(uk), "uk-hmcg"), (e.Actor, e.Agency)));
    }

    [Fact]
    public async Task Roles_WritersWrite_PeopleRead_FeedClientsAndStrangersDoNot()
    {
        var ct = TestContext.Current.CancellationToken;
        var body = new { subject = "other", title = "Roles", text = "Who may write." };
        using var watch = await ClientAsync("uk-hmcg", Role.WatchOfficer);
        using var liaison = await ClientAsync("uk-liaison", Role.LiaisonOfficer);
        using var admin = await ClientAsync("fr-premar", Role.Administrator);
        using var feed = await ClientAsync("uk-hmcg", Role.FeedClient);
        using var anonymous = factory.AnonymousClient();

        await AssertProblemAsync(await watch.PostAsJsonAsync("/api/intelligence", body, Json, ct), HttpStatusCode.Forbidden, "analyst, liaison-officer, administrator");
        await AssertProblemAsync(await feed.PostAsJsonAsync("/api/intelligence", body, Json, ct), HttpStatusCode.Forbidden, "analyst, liaison-officer, administrator");
        await AssertProblemAsync(await feed.GetAsync(new Uri("/api/intelligence", UriKind.Relative), ct), HttpStatusCode.Forbidden, "watch-officer");
        await AssertProblemAsync(await anonymous.GetAsync(new Uri("/api/intelligence", UriKind.Relative), ct), HttpStatusCode.Unauthorized, "Sign in");
        await AssertProblemAsync(await anonymous.PostAsJsonAsync("/api/intelligence", body, Json, ct), HttpStatusCode.Unauthorized, "Sign in");
        Assert.Equal(HttpStatusCode.Created, (await liaison.PostAsJsonAsync("/api/intelligence", body, Json, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/intelligence", body, Json, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await watch.GetAsync(new Uri("/api/intelligence", UriKind.Relative), ct)).StatusCode);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("{\"subject\": 5, \"title\": \"t\", \"text\": \"x\"}", "subject must be one of: smuggling-network, boat-supply, engine-supply, other")]
    [InlineData("{\"subject\": \"weapons\", \"title\": \"t\", \"text\": \"x\"}", "subject must be one of")]
    [InlineData("{\"subject\": \"other\", \"title\": \"   \", \"text\": \"x\"}", "title must be text of 1 to 200")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\"}", "text must be text of 1 to 20,000")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\", \"text\": [\"x\"]}", "text must be text")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\", \"text\": \"x\", \"releasability\": \"uk+FR\"}", "write nations in capitals")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\", \"text\": \"x\", \"releasability\": \"UK+fr-nobody\"}", "'fr-nobody' in releasability label 'UK+fr-nobody' is not a known agency")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\", \"text\": \"x\", \"releasability\": 3}", "releasability must be a label")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\", \"text\": \"x\", \"tracks\": \"12\"}", "tracks must be an array")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\", \"text\": \"x\", \"tracks\": [1.5]}", "tracks must be an array")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\", \"text\": \"x\", \"tracks\": [-1]}", "not negative")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\", \"text\": \"x\", \"incidents\": [\"INC-7x\"]}", "incident ids like INC-00007")]
    [InlineData("{\"subject\": \"other\", \"title\": \"t\", \"text\": \"x\", \"releasibility\": \"UK+FR\"}", "'releasibility' is not a field")]
    public async Task Create_BadInput_Is400WithAMessageThatSaysWhat(string body, string message)
    {
        using var analyst = await ClientAsync("fr-gendarmerie-paf", Role.Analyst);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await analyst.PostAsync(new Uri("/api/intelligence", UriKind.Relative), content, TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task Create_TooLongTooManyOrNotJson_IsRefused_AndNothingIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await ClientAsync("fr-gendarmerie-paf", Role.Analyst);
        var before = await IdsAsync(analyst, "/api/intelligence?limit=500");

        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/intelligence", new { subject = "other", title = new string('t', 201), text = "x" }, Json, ct),
            HttpStatusCode.BadRequest, "title must be text of 1 to 200");
        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/intelligence", new { subject = "other", title = "t", text = new string('x', 20_001) }, Json, ct),
            HttpStatusCode.BadRequest, "text must be text of 1 to 20,000");
        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/intelligence",
            new { subject = "other", title = "t", text = "x", tracks = Enumerable.Range(0, 51) }, Json, ct), HttpStatusCode.BadRequest, "at most 50");
        using var text = new StringContent("subject=other", Encoding.UTF8, "text/plain");
        using var notJson = await analyst.PostAsync(new Uri("/api/intelligence", UriKind.Relative), text, ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal("application/problem+json", notJson.Content.Headers.ContentType?.MediaType);

        Assert.Equal(before, await IdsAsync(analyst, "/api/intelligence?limit=500"));
        Assert.Equal(HttpStatusCode.Created,
            (await analyst.PostAsJsonAsync("/api/intelligence", new { subject = "other", title = new string('t', 200), text = new string('x', 20_000) }, Json, ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/intelligence?track=abc", "track must be a track number")]
    [InlineData("/api/intelligence?track=-4", "track must be a track number")]
    [InlineData("/api/intelligence?incident=7", "incident must be an incident id")]
    [InlineData("/api/intelligence?subject=Boat-Supply", "subject must be one of")]
    [InlineData("/api/intelligence?limit=0", "limit must be 1 to 500")]
    [InlineData("/api/intelligence?limit=99999999999", "limit must be 1 to 500")]
    [InlineData("/api/intelligence/abc", "The note's id is its number")]
    [InlineData("/api/intelligence/-3", "The note's id is its number")]
    public async Task Read_BadInput_Is400WithAMessage(string url, string message)
    {
        using var reader = await ClientAsync("uk-border-force", Role.WatchOfficer);

        using var response = await reader.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task Audit_HoldsEveryWriteAndEveryRestrictedRead_NotSharedReads_AndTheChainVerifies()
    {
        var ct = TestContext.Current.CancellationToken;
        using var uk = await ClientAsync("uk-border-force", Role.Analyst);
        using var fr = await ClientAsync("fr-cross-gris-nez", Role.WatchOfficer);
        var incident = $"INC-{90_000 + Interlocked.Increment(ref _users)}";
        var head = (await Database.Audit.VerifyAsync(ct)).HeadSequence;

        var restricted = await CreateAsync(uk, new { subject = "smuggling-network", title = "Cell", text = "Names.", releasability = "UK", incidents = new[] { incident } });
        var shared = await CreateAsync(uk, new { subject = "engine-supply", title = "Engines", text = "Outboards.", releasability = "UK+FR", incidents = new[] { incident } });
        var afterCreates = await Database.Audit.ReadAsync(head, 1_000, ct);

        // Shared reads leave no entry.
        Assert.Equal([shared], await IdsAsync(fr, $"/api/intelligence?incident={incident}"));
        Assert.Equal(HttpStatusCode.OK, (await fr.GetAsync(new Uri($"/api/intelligence/{shared}", UriKind.Relative), ct)).StatusCode);
        var afterShared = await Database.Audit.ReadAsync(head, 1_000, ct);

        // Restricted reads do, by the reader.
        Assert.Equal([shared, restricted], await IdsAsync(uk, $"/api/intelligence?incident={incident}"));
        Assert.Equal(HttpStatusCode.OK, (await uk.GetAsync(new Uri($"/api/intelligence/{restricted}", UriKind.Relative), ct)).StatusCode);
        var entries = await Database.Audit.ReadAsync(head, 1_000, ct);

        var creates = afterCreates.Where(e => e.Action == "intelligence.create").ToList();
        Assert.Equal([$"intelligence-note {restricted}", $"intelligence-note {shared}"], creates.Select(e => e.Target));
        Assert.Equal(["smuggling-network, label UK", "engine-supply, label UK+FR"], creates.Select(e => e.Detail));
        Assert.All(creates, e => Assert.Equal((Name(uk), "uk-border-force"), (e.Actor, e.Agency)));
        Assert.Equal(afterCreates.Count, afterShared.Count);
        var reads = entries.Skip(afterShared.Count).ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, e => Assert.Equal(("read:intelligence", Name(uk), "uk-border-force"), (e.Action, e.Actor, e.Agency)));
        Assert.Equal("intelligence-notes", reads[0].Target);
        Assert.Equal($"list?incident={incident}: 1 of 2 restricted: {restricted} (UK)", reads[0].Detail);
        Assert.Equal(($"intelligence-note {restricted}", "label UK"), (reads[1].Target, reads[1].Detail));
        var verification = await Database.Audit.VerifyAsync(ct);
        Assert.True(verification.Intact, verification.Problem);
    }

    private async Task<HttpClient> ClientAsync(string agency, params Role[] roles)
    {
        var name = $"t{Interlocked.Increment(ref _users)}.{Roles.ToName(roles[0])}";
        await factory.AddUserAsync(name, Agencies.Find(AgencyId.Parse(agency))!, roles, TestContext.Current.CancellationToken);
        var client = factory.ClientAs(name);
        _names[client] = name;
        return client;
    }

    private string Name(HttpClient client) => _names[client];

    private static async Task<long> CreateAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/intelligence", body, Json, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json, TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
    }

    private static async Task<List<long>> IdsAsync(HttpClient client, string url)
    {
        var notes = await client.GetFromJsonAsync<List<JsonElement>>(url, Json, TestContext.Current.CancellationToken);
        return [.. notes!.Select(n => n.GetProperty("id").GetInt64())];
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json, TestContext.Current.CancellationToken);
            Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }
}
