using Entente.Core.Sharing;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Entente.Core.Identity;
using Entente.Server.Tests.Feeds;
using Entente.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests.Apis;

/// <summary>Every write through the API is in the audit log once it is answered: people's actions on alerts and
/// incidents, outcome reports and feed batches, by the signed-in user when there is one, and the chain verifies.</summary>
public sealed class ActionAuditTests(IncidentNightFixture night) : IClassFixture<IncidentNightFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDatabase Database => night.Services.GetRequiredService<IDatabase>();

    [Fact]
    public async Task AcknowledgingAnAlert_IsAudited_WithItsEventPosition()
    {
        var ct = TestContext.Current.CancellationToken;
        var alerts = await night.Client.GetFromJsonAsync<List<JsonElement>>("/api/alerts?status=raised", Json, ct);
        var alert = alerts![0];
        var head = (await Database.Audit.VerifyAsync(ct)).HeadSequence;

        using var ack = await night.Client.PostAsJsonAsync($"/api/alerts/{alert.GetProperty("number").GetInt64()}/acknowledge",
            new { }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var position = Assert.Single((await ack.Content.ReadFromJsonAsync<JsonElement>(Json, ct)).GetProperty("positions").EnumerateArray()).GetInt64();

        var entry = Assert.Single(await Database.Audit.ReadAsync(head, 100, ct), e => e.Action.StartsWith("alert.", StringComparison.Ordinal));
        Assert.Equal(("alert.acknowledged", alert.GetProperty("id").GetString(), "uk.watch", "uk-hmcg"), (entry.Action, entry.Target, entry.Actor, entry.Agency));
        Assert.StartsWith($"event {position}: ", entry.Detail, StringComparison.Ordinal);
        await AssertIntactAsync();
    }

    [Fact]
    public async Task AnIncidentAction_ByASignedInUser_IsAuditedAsThatUser_WhateverTheBodySays()
    {
        var ct = TestContext.Current.CancellationToken;
        await night.Factory.AddUserAsync("audit.cmc", Agencies.CrossGrisNez, [Role.WatchOfficer, Role.SarMissionCoordinator], ct);
        using var client = night.ClientAs("audit.cmc");
        var head = (await Database.Audit.VerifyAsync(ct)).HeadSequence;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/incidents/{night.IncidentId}/notes")
        {
            Content = JsonContent.Create(new { actor = "someone-else", agency = "fr-cross-gris-nez", reason = "Aircraft on scene." }, options: Json),
        };
        using var response = await client.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var entry = Assert.Single(await Database.Audit.ReadAsync(head, 100, ct), e => e.Action.StartsWith("incident.", StringComparison.Ordinal));
        Assert.Equal(("incident.note-added", night.IncidentId, "audit.cmc", "fr-cross-gris-nez"), (entry.Action, entry.Target, entry.Actor, entry.Agency));
        Assert.EndsWith(": Aircraft on scene.", entry.Detail, StringComparison.Ordinal);
        await AssertIntactAsync();
    }

    [Fact]
    public async Task AnOutcomeReport_IsAudited()
    {
        var ct = TestContext.Current.CancellationToken;
        var head = (await Database.Audit.VerifyAsync(ct)).HeadSequence;

        using var borderForce = night.ClientAs("uk.borderforce");
        using var response = await borderForce.PostAsJsonAsync("/api/outcomes",
            new { actor = "someone-else", outcome = "rescued", people = 9 }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct)).GetProperty("outcome").GetString()![..9];

        var entry = Assert.Single(await Database.Audit.ReadAsync(head, 100, ct), e => e.Action == "outcome.reported");
        Assert.Equal((id, "uk.borderforce", "uk-border-force"), (entry.Target, entry.Actor, entry.Agency));
        await AssertIntactAsync();
    }

    [Fact]
    public async Task ARefusedAction_LeavesNoAuditEntry()
    {
        var ct = TestContext.Current.CancellationToken;
        var head = (await Database.Audit.VerifyAsync(ct)).HeadSequence;

        using var unknown = await night.Client.PostAsJsonAsync("/api/alerts/999999/acknowledge", new { }, Json, ct);
        using var bad = await night.Client.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/notes", new { reason = "" }, Json, ct);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Empty(await Database.Audit.ReadAsync(head, 100, ct));
    }

    [Fact]
    public async Task AFeedBatch_IsAuditedAsTheFeedClient()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new EntenteFactory(("Feeds:Detections:Http:Enabled", "true"));
        await server.AddUserAsync("radar-gateway", Agencies.HmCoastguard, [Role.FeedClient], ct);
        using var client = server.ClientAs("radar-gateway");
        var database = server.Services.GetRequiredService<IDatabase>();
        var head = (await database.Audit.VerifyAsync(ct)).HeadSequence;

        var now = DateTimeOffset.UtcNow;
        using var content = new StringContent(RealFeedHarness.RadarLine(now) + "\nnope\n" + RealFeedHarness.BeachLine(now, 3), Encoding.UTF8, "application/x-ndjson");
        using var response = await client.PostAsync(new Uri("/api/feed/detections", UriKind.Relative), content, ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var entry = Assert.Single(await database.Audit.ReadAsync(head, 100, ct));
        Assert.Equal(("feed.ingest", "detections-http", "radar-gateway", "uk-hmcg", "2 accepted, 1 rejected"),
            (entry.Action, entry.Target, entry.Actor, entry.Agency, entry.Detail));
        Assert.True((await database.Audit.VerifyAsync(ct)).Intact);
    }

    private async Task AssertIntactAsync()
    {
        var verification = await Database.Audit.VerifyAsync(TestContext.Current.CancellationToken);
        Assert.True(verification.Intact, verification.Problem);
    }
}
