using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Entente.Server.Tests.Apis;
using Entente.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests.Sharing;

/// <summary>Every read of restricted data is on the record: a read that returns something not released to both states
/// appends a <c>read:restricted</c> entry, a read of the shared picture does not, and each stream connection is entered.</summary>
public sealed class RestrictedReadAuditTests(IncidentNightFixture night) : IClassFixture<IncidentNightFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDatabase Database => night.Services.GetRequiredService<IDatabase>();

    [Fact]
    public async Task ReadingARestrictedNote_IsOnTheRecord_ReadingWhatBothStatesShare_IsNot()
    {
        var ct = TestContext.Current.CancellationToken;
        using var note = await night.Client.PostAsJsonAsync($"/api/incidents/{night.IncidentId}/notes",
            new { reason = "Source says the boat left from the dunes.", releasability = "UK" }, Json, ct);
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        using var french = await night.ClientOfAsync("fr-cross-gris-nez");
        var head = (await Database.Audit.VerifyAsync(ct)).HeadSequence;

        using var shared = await night.Client.GetAsync("/api/geography", ct);
        using var frenchDetail = await french.GetAsync($"/api/incidents/{night.IncidentId}", ct);
        var afterShared = await Database.Audit.ReadAsync(head, 100, ct);
        using var ukDetail = await night.Client.GetAsync($"/api/incidents/{night.IncidentId}", ct);
        var entries = await Database.Audit.ReadAsync(head, 100, ct);

        Assert.Equal(HttpStatusCode.OK, frenchDetail.StatusCode);
        Assert.DoesNotContain(afterShared, e => e.Action == "read:restricted");
        var read = Assert.Single(entries, e => e.Action == "read:restricted");
        Assert.Equal(($"/api/incidents/{night.IncidentId}", "uk.watch", "uk-hmcg"), (read.Target, read.Actor, read.Agency));
        Assert.Equal("1 restricted: UK ×1", read.Detail);
        Assert.True((await Database.Audit.VerifyAsync(ct)).Intact);
    }

    [Fact]
    public async Task EachStreamConnection_IsOnTheRecord_WithTheAgencyItIsReleasedTo()
    {
        var ct = TestContext.Current.CancellationToken;
        using var french = await night.ClientOfAsync("fr-gendarmerie-paf");
        var head = (await Database.Audit.VerifyAsync(ct)).HeadSequence;

        using (var stream = await french.GetAsync("/api/stream", HttpCompletionOption.ResponseHeadersRead, ct))
        {
            Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        }

        var entry = Assert.Single(await Database.Audit.ReadAsync(head, 100, ct), e => e.Action == "read:stream");
        Assert.Equal(("test.fr-gendarmerie-paf", "fr-gendarmerie-paf", "the live picture as released to fr-gendarmerie-paf"),
            (entry.Actor, entry.Agency, entry.Detail));
    }
}
