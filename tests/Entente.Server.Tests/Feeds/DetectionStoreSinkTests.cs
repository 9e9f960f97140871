using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Server.Feeds;
using Entente.Storage;
using Entente.Storage.Detections;

namespace Entente.Server.Tests.Feeds;

public sealed class DetectionStoreSinkTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Time = new(2026, 11, 21, 18, 0, 0, TimeSpan.Zero);
    private static readonly Provenance Provenance = new(Agencies.HmCoastguard.Id, Releasability.UkAndFr);
    private static readonly GeoPosition Site = GeoPosition.FromDegrees(51.13, 1.34);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-sink-" + Guid.NewGuid().ToString("N"));
    private IDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = DatabaseFactory.Create(new StorageOptions { DataDirectory = _directory }, TimeProvider.System);
        await _database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Flush_StoresEveryDetection_RadarAsAPosition()
    {
        var ct = TestContext.Current.CancellationToken;
        var sink = new DetectionStoreSink(Provenance);
        sink.Detection(DetectionRecord.Radar(Time, "radar-dover", Site, 10_000, 135, 20, 0.3) with { TruthId = "boat-1" });
        sink.Detection(DetectionRecord.AtPosition(Time.AddSeconds(1), "phone", DetectionKind.Report, GeoPosition.FromDegrees(50.9, 1.6), 2_000) with { People = 40 });
        sink.Detection(DetectionRecord.AtPosition(Time.AddSeconds(2), "Not A Code", DetectionKind.Ground, GeoPosition.FromDegrees(50.9, 1.6), 100));
        Assert.Equal(2, sink.Pending);

        Assert.Equal(2, await sink.FlushAsync(_database.Detections, ct));
        Assert.Equal(0, await sink.FlushAsync(_database.Detections, ct));

        Assert.Equal(2, sink.Stored);
        Assert.Equal(1, sink.Rejected);
        Assert.Equal(2, await _database.Detections.CountAsync(ct));
        var stored = await _database.Detections.QueryAsync(new DetectionQuery(Time, Time.AddMinutes(1)), ct);
        var radar = stored[0].Detection;
        Assert.Equal("radar-dover", radar.Sensor.Code);
        Assert.Equal(DetectionKind.Radar, radar.Kind);
        Assert.Equal(10_000, Geodesic.DistanceMetres(Site, radar.Position), 0.5);
        Assert.Equal(135, Geodesic.InitialBearingDegrees(Site, radar.Position), 0.01);
        // Range sigma 20 m and cross-range 10 km × 0.3° ≈ 52.4 m, combined keeping the total variance.
        Assert.Equal(Math.Sqrt(((20.0 * 20.0) + Math.Pow(10_000 * 0.3 * Math.PI / 180, 2)) / 2), radar.SigmaMetres, 0.01);
        Assert.Equal(Provenance, radar.Provenance);
        var report = stored[1].Detection;
        Assert.Equal(DetectionKind.Report, report.Kind);
        Assert.Equal(40, report.PeopleCount);
        Assert.Equal(2_000, report.SigmaMetres);
    }

    [Fact]
    public void Ais_LinesAreDecodedAndCounted()
    {
        var sink = new DetectionStoreSink(Provenance);
        sink.Ais(Time, @"\s:sim-dover,c:1795291200*0E\!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A");
        sink.Ais(Time, "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*00");

        Assert.Equal(2, sink.AisLines);
        Assert.Equal(1, sink.AisMessages);
        Assert.Equal(0, sink.Pending);
    }
}
