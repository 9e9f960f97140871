using Entente.Core.Detections;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Storage.Detections;
using Entente.Testing;

namespace Entente.Storage.Tests;

/// <summary>One behaviour, every engine: each provider's test class derives from this suite.</summary>
public abstract partial class DatabaseConformanceTests
{
    private static readonly DateTimeOffset Night = new(2021, 11, 24, 1, 30, 0, TimeSpan.Zero);

    protected ManualTimeProvider Clock { get; } = new(Night);

    /// <summary>A fresh, empty, unmigrated database of the provider under test (skips when unavailable).</summary>
    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected abstract StorageProvider ExpectedProvider { get; }

    /// <summary>The provider's latest migration.</summary>
    protected abstract int LatestSchemaVersion { get; }

    [Fact]
    public async Task Migrate_FreshDatabase_ReachesLatestVersionAndIsHealthy()
    {
        await using var db = await CreateDatabaseAsync();
        var before = await db.CheckHealthAsync(TestContext.Current.CancellationToken);
        Assert.False(before.Healthy);
        Assert.Equal(0, before.SchemaVersion);

        var version = await db.MigrateAsync(TestContext.Current.CancellationToken);
        var after = await db.CheckHealthAsync(TestContext.Current.CancellationToken);

        Assert.True(after.Healthy, after.Message);
        Assert.Equal(version, after.SchemaVersion);
        Assert.Equal(ExpectedProvider, after.Provider);
        Assert.Equal(LatestSchemaVersion, version);
    }

    [Fact]
    public async Task Migrate_Twice_IsIdempotent()
    {
        await using var db = await CreateDatabaseAsync();
        var first = await db.MigrateAsync(TestContext.Current.CancellationToken);
        var second = await db.MigrateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Migrate_ConcurrentCallers_AllSucceedWithSameVersion()
    {
        await using var db = await CreateDatabaseAsync();
        var versions = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => db.MigrateAsync(TestContext.Current.CancellationToken)));
        Assert.Single(versions.Distinct());
    }

    [Fact]
    public async Task Detections_AppendThenQuery_RoundTripsEveryField()
    {
        await using var db = await MigratedAsync();
        var original = new Detection(Night.AddTicks(1234560), SensorId.Parse("radar-gris-nez"), DetectionKind.Radar,
            GeoPosition.FromDegrees(50.95123456789, 1.55987654321), 42.5,
            new Provenance(Agencies.CrossGrisNez.Id, Releasability.Parse("UK+fr-liaison")), peopleCount: 33);

        var ids = await db.Detections.AppendAsync([original], TestContext.Current.CancellationToken);
        var found = await db.Detections.QueryAsync(new DetectionQuery(Night, Night.AddHours(1)), TestContext.Current.CancellationToken);

        var stored = Assert.Single(found);
        Assert.Equal(ids[0], stored.Id);
        Assert.Equal(original, stored.Detection);
        Assert.Equal(original.Provenance.Releasability, stored.Detection.Provenance.Releasability);
    }

    [Fact]
    public async Task Detections_Query_ReturnsHalfOpenWindowInTimeOrderWithLimit()
    {
        await using var db = await MigratedAsync();
        // Inserted out of time order on purpose.
        var minutes = new[] { 30, 0, 59, 60, 10, -1 };
        await db.Detections.AppendAsync(minutes.Select(m => Sample(Night.AddMinutes(m))).ToList(), TestContext.Current.CancellationToken);

        var all = await db.Detections.QueryAsync(new DetectionQuery(Night, Night.AddHours(1)), TestContext.Current.CancellationToken);
        var limited = await db.Detections.QueryAsync(new DetectionQuery(Night, Night.AddHours(1), limit: 2), TestContext.Current.CancellationToken);

        Assert.Equal(new[] { 0, 10, 30, 59 }, all.Select(d => (int)(d.Detection.Time - Night).TotalMinutes));
        Assert.Equal(new[] { 0, 10 }, limited.Select(d => (int)(d.Detection.Time - Night).TotalMinutes));
        Assert.Equal(6, await db.Detections.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Detections_AppendBatch_AssignsIncreasingIds()
    {
        await using var db = await MigratedAsync();
        var ids = await db.Detections.AppendAsync(Enumerable.Range(0, 50).Select(i => Sample(Night.AddSeconds(i))).ToList(),
            TestContext.Current.CancellationToken);
        Assert.Equal(50, ids.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(50, ids.Distinct().Count());
    }

    [Fact]
    public async Task Detections_AppendEmpty_StoresNothing()
    {
        await using var db = await MigratedAsync();
        var ids = await db.Detections.AppendAsync([], TestContext.Current.CancellationToken);
        Assert.Empty(ids);
        Assert.Equal(0, await db.Detections.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Detections_Cancelled_ThrowsAndStoresNothing()
    {
        await using var db = await MigratedAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Detections.AppendAsync([Sample(Night)], cancelled.Token));
        Assert.Equal(0, await db.Detections.CountAsync(TestContext.Current.CancellationToken));
    }

    protected async Task<IDatabase> MigratedAsync()
    {
        var db = await CreateDatabaseAsync();
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        return db;
    }

    private static Detection Sample(DateTimeOffset time) =>
        new(time, SensorId.Parse("aerial-1"), DetectionKind.Aerial, GeoPosition.FromDegrees(50.9, 1.4), 100,
            new Provenance(Agencies.HmCoastguard.Id, Releasability.UkAndFr));
}
