using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Entente.Core.Detections;
using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Rules.Situation;
using Entente.Server.Apis;
using Entente.Server.Picture;
using Entente.Server.Security;
using Entente.Server.Streaming;
using Entente.Storage;
using Entente.Storage.Detections;
using Entente.Storage.Users;
using Entente.Testing;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Server.Tests.Sharing;

/// <summary>
/// Random users of random agencies and random objects with random labels, checked through the query layer (the live
/// view, the filters every handler uses, the detection store's SQL) and through the push channel (the payloads a
/// subscriber of each agency receives): nothing an agency may not see ever reaches it, and everything it may see does.
/// The oracle below is written from the labels' definition, not with <see cref="Provenance.IsReleasableTo"/>.
/// </summary>
public sealed class ReleasabilityPropertyTests
{
    private const int Rounds = 4;

    private static readonly string[] Tokens = ["UK", "FR", .. Agencies.All.Select(a => a.Id.Code)];

    private int _checks;

    [Fact]
    public async Task NothingUnreleasable_EverReachesAViewer_AndEverythingReleasableDoes()
    {
        var ct = TestContext.Current.CancellationToken;
        var random = new Random(20261123);
        for (var round = 0; round < Rounds; round++)
        {
            var viewers = Viewers(random);
            var tracks = Enumerable.Range(1, 1_500).Select(i => Track(i, random)).ToList();
            var alerts = Enumerable.Range(1, 300).Select(i => Alert(i, random)).ToList();
            var incidents = Enumerable.Range(1, 60).Select(i => Incident(i, random)).ToList();
            var assets = Enumerable.Range(1, 40).Select(i => Asset(i, random)).ToList();

            var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 22, 0, 0, TimeSpan.Zero).AddHours(round));
            var view = new LiveView(clock);
            var frameTime = clock.GetUtcNow();
            var snapshot = view.Record(new SituationFrame(frameTime, tracks, []), [], [], _ => Releasing.Shared);

            foreach (var (principal, viewer) in viewers)
            {
                var agency = EntenteClaims.Agency(principal);
                Assert.Equal(viewer?.Id, agency?.Id);
                // The query layer.
                CheckSet(view.Tracks(agency).Tracks.Select(t => t.Id), tracks.Select(t => (t.Id, t.Provenance!)), viewer);
                CheckSet(view.At(frameTime, agency)!.Tracks.Select(t => t.Id), tracks.Select(t => (t.Id, t.Provenance!)), viewer);
                foreach (var track in tracks.Take(100))
                {
                    Assert.Equal(Oracle(track.Provenance!, viewer), view.Track(track.Id, agency) is not null);
                    _checks++;
                }

                CheckSet(Releasing.Filter(alerts, agency).Select(a => a.Number), alerts.Select(a => (a.Number, a.Provenance)), viewer);
                CheckIncidents(Releasing.Incidents(incidents, agency), incidents, viewer);
                CheckSet(Releasing.Filter(assets, agency).Select(a => long.Parse(a.Id[6..], System.Globalization.CultureInfo.InvariantCulture)),
                    assets.Select(a => (long.Parse(a.Id[6..], System.Globalization.CultureInfo.InvariantCulture), a.Provenance)), viewer);
            }

            await CheckPushAsync(snapshot, tracks, alerts, incidents, viewers, ct);
        }

        await CheckDetectionStoreAsync(random, ct);
        Assert.True(_checks >= 100_000, $"only {_checks} checks");
    }

    // Through the broadcaster: one subscriber per viewer, each reading what its agency was sent.
    private async Task CheckPushAsync(PictureSnapshot snapshot, List<TrackReport> tracks, List<AlertResponse> alerts, List<IncidentResponse> incidents,
        List<(ClaimsPrincipal Principal, Agency? Viewer)> viewers, CancellationToken ct)
    {
        using var broadcaster = new PictureBroadcaster();
        await broadcaster.StartAsync(ct);
        try
        {
            broadcaster.Publish(snapshot, alerts, incidents);
            // A late subscriber gets its agency's latest payloads on connecting, as an early one would get them pushed.
            await WaitForPublishedAsync(broadcaster, ct);
            foreach (var (principal, viewer) in viewers)
            {
                var (id, subscriber) = broadcaster.Subscribe(EntenteClaims.Agency(principal));
                var events = await subscriber.TakeAsync(TimeSpan.FromMilliseconds(viewer is null ? 50 : 5_000), ct);
                broadcaster.Unsubscribe(id);
                var byName = events.Select(Parse).ToDictionary(e => e.Name, e => e.Data);
                if (viewer is null)
                {
                    Assert.Empty(byName);
                    _checks += tracks.Count + alerts.Count + incidents.Count;
                    continue;
                }

                CheckSet(byName["frame"].GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("id").GetInt64()),
                    tracks.Select(t => (t.Id, t.Provenance!)), viewer);
                CheckSet(byName["alerts"].EnumerateArray().Select(a => a.GetProperty("number").GetInt64()), alerts.Select(a => (a.Number, a.Provenance)), viewer);
                var pushed = byName["incidents"].EnumerateArray().ToList();
                CheckSet(pushed.Select(i => Number(i.GetProperty("id").GetString()!)), incidents.Select(i => (Number(i.Id), i.Provenance)), viewer);
                foreach (var incident in pushed)
                {
                    var source = incidents.Single(i => i.Id == incident.GetProperty("id").GetString());
                    Assert.Equal(source.LogEntries - source.RestrictedLog.Count(p => !Oracle(p, viewer)), incident.GetProperty("logEntries").GetInt32());
                    Assert.Equal(source.Releasability, incident.GetProperty("releasability").GetString());
                    _checks++;
                }
            }
        }
        finally
        {
            await broadcaster.StopAsync(ct);
        }
    }

    private async Task CheckDetectionStoreAsync(Random random, CancellationToken ct)
    {
        var directory = Path.Combine(Path.GetTempPath(), "entente-release-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var database = DatabaseFactory.Create(new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = directory }, TimeProvider.System);
            await database.MigrateAsync(ct);
            var start = new DateTimeOffset(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);
            var detections = Enumerable.Range(0, 2_000).Select(i => new Detection(start.AddSeconds(i), SensorId.Parse("radar-" + (i % 5)),
                DetectionKind.Radar, GeoPosition.FromDegrees(51, 1.5), 50, RandomProvenance(random))).ToList();
            var ids = await database.Detections.AppendAsync(detections, ct);
            var byId = ids.Zip(detections, (id, d) => (id, d.Provenance)).ToList();
            foreach (var viewer in Agencies.All)
            {
                var found = await database.Detections.QueryAsync(new DetectionQuery(start, start.AddHours(1), 100_000) { ReleasableTo = viewer }, ct);
                CheckSet(found.Select(f => f.Id), byId, viewer);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private void CheckSet(IEnumerable<long> seen, IEnumerable<(long Id, Provenance Provenance)> all, Agency? viewer)
    {
        var seenSet = seen.ToHashSet();
        foreach (var (id, provenance) in all)
        {
            Assert.True(Oracle(provenance, viewer) == seenSet.Contains(id),
                $"{id} ({provenance.OriginatingAgency.Code} {provenance.Releasability.Label}) seen by {viewer?.Id.Code ?? "nobody"}: {seenSet.Contains(id)}");
            _checks++;
        }
    }

    private void CheckIncidents(IReadOnlyList<IncidentResponse> seen, List<IncidentResponse> all, Agency? viewer)
    {
        CheckSet(seen.Select(i => Number(i.Id)), all.Select(i => (Number(i.Id), i.Provenance)), viewer);
        foreach (var incident in seen)
        {
            var source = all.Single(i => i.Id == incident.Id);
            Assert.Equal(source.LogEntries - source.RestrictedLog.Count(p => !Oracle(p, viewer)), incident.LogEntries);
        }
    }

    // The definition: the originator; an agency of a nation on the label; an agency named on it. Nobody without an agency.
    private static bool Oracle(Provenance provenance, Agency? viewer)
    {
        if (viewer is null)
        {
            return false;
        }

        var tokens = provenance.Releasability.Label.Split('+');
        return provenance.OriginatingAgency == viewer.Id || tokens.Contains(viewer.Id.Code) ||
            tokens.Contains(viewer.Nation == Nations.France ? "FR" : "UK");
    }

    private static Provenance RandomProvenance(Random random)
    {
        var originator = Agencies.All[random.Next(Agencies.All.Count)].Id;
        var picked = Tokens.Where(_ => random.NextDouble() < 0.2).ToList();
        return new Provenance(originator, picked.Count == 0 ? Core.Sharing.Releasability.OriginatorOnly : Core.Sharing.Releasability.Parse(string.Join('+', picked)));
    }

    // Users of every agency, some more than once, one signed in with an agency that does not exist and one not signed in.
    private static List<(ClaimsPrincipal Principal, Agency? Viewer)> Viewers(Random random)
    {
        var viewers = new List<(ClaimsPrincipal, Agency?)>();
        foreach (var agency in Agencies.All.Concat(Enumerable.Range(0, 5).Select(_ => Agencies.All[random.Next(Agencies.All.Count)])))
        {
            var user = new UserAccount(UserName.Parse($"user{random.Next(1_000_000)}"), "A user", agency.Id, [Role.WatchOfficer], null, DateTimeOffset.UnixEpoch, false);
            viewers.Add((EntenteClaims.Principal(user, "test"), agency));
        }

        var stranger = new UserAccount(UserName.Parse("stranger"), "Not of an agency", AgencyId.Parse("xx-unknown"), [Role.Analyst], null, DateTimeOffset.UnixEpoch, false);
        viewers.Add((EntenteClaims.Principal(stranger, "test"), null));
        viewers.Add((new ClaimsPrincipal(new ClaimsIdentity()), null));
        return viewers;
    }

    private static TrackReport Track(long id, Random random) =>
        new(id, GeoPosition.FromDegrees(50.8 + random.NextDouble() * 0.4, 1.2 + random.NextDouble() * 0.6), 5, 45, 50, TrackClass.SmallBoat, 0.8,
            TrackStatus.Confirmed) { Provenance = RandomProvenance(random) };

    private static AlertResponse Alert(long number, Random random) =>
        new($"ALR-{number:D5}", number, "launch", "warning", "raised", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, 51, 1.5, null, null, "A launch.",
            null, null, null, null, null, null, 0, null) { Provenance = RandomProvenance(random) };

    private static IncidentResponse Incident(long number, Random random)
    {
        var restricted = Enumerable.Range(0, random.Next(4)).Select(_ => RandomProvenance(random)).ToList();
        return new IncidentResponse($"INC-{number:D5}", "ALR-00001", DateTimeOffset.UnixEpoch, "open", "hmcg-dover", 51, 1.5, 500, "track",
            DateTimeOffset.UnixEpoch, null, 40, 0, 0, 0, null, null, false, 0, [], 5 + restricted.Count, 0, 0)
        {
            Provenance = RandomProvenance(random),
            RestrictedLog = restricted,
        };
    }

    private static AssetResponse Asset(long number, Random random) =>
        new($"asset-{number}", "An asset", "lifeboat", "UK", "RNLI", 51, 1.4, 25, "available", null, null) { Provenance = RandomProvenance(random) };

    private static long Number(string id) => long.Parse(id[4..], System.Globalization.CultureInfo.InvariantCulture);

    private static (string Name, JsonElement Data) Parse(ReadOnlyMemory<byte> payload)
    {
        var text = Encoding.UTF8.GetString(payload.Span);
        var name = text[7..text.IndexOf('\n', StringComparison.Ordinal)];
        var data = text[(text.IndexOf("data: ", StringComparison.Ordinal) + 6)..].Trim();
        return (name, JsonDocument.Parse(data).RootElement.Clone());
    }

    // Until every agency's three topics are out: a probe of the last agency connects and finds all three.
    private static async Task WaitForPublishedAsync(PictureBroadcaster broadcaster, CancellationToken ct)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < until)
        {
            var (id, probe) = broadcaster.Subscribe(Agencies.All[^1]);
            var events = await probe.TakeAsync(TimeSpan.FromMilliseconds(100), ct);
            broadcaster.Unsubscribe(id);
            if (events.Count == 3)
            {
                return;
            }

            await Task.Delay(10, ct);
        }
    }
}
