using System.Data.Common;
using Entente.Statistics.Import;
using Entente.Statistics.Official;
using Entente.Storage;
using Entente.Storage.Official;
using Entente.Testing;

namespace Entente.Statistics.Tests;

/// <summary>Import and read-back of the official series, on every engine: each provider's class derives from this suite.</summary>
public abstract class OfficialSeriesStoreTests
{
    private const string Daily = """
        date,migrants_arrived,boats_arrived,boats_uncontrolled_landings,notes
        2022-12-31,0,0,-,
        2023-01-01,12,1,0,New year
        2023-01-02,-,-,-,
        """;

    private const string Weekly = """
        week_ending,migrants_arrived,boats_arrived,boats_uncontrolled_landings,migrants_prevented,events_prevented,notes
        2026-08-02,1176,15,0,472,20,
        2026-08-09,716,10,0,-,18,
        """;

    protected ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A fresh, empty, unmigrated database of the provider under test (skips when unavailable).</summary>
    protected abstract Task<IDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Import_Daily_ReadsBackEveryField()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await MigratedAsync();
        var file = OfficialSeriesParser.Parse(Daily);

        await OfficialSeriesArchive.ImportAsync(db.OfficialSeries, file, ct);

        Assert.Equal(file.Daily, await OfficialSeriesArchive.ReadDailyAsync(db.OfficialSeries, ct));
        Assert.Empty(await db.OfficialSeries.ReadWeeklyAsync(ct));
    }

    [Fact]
    public async Task Import_Weekly_ReadsBackEveryField()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await MigratedAsync();
        var file = OfficialSeriesParser.Parse(Weekly);

        await OfficialSeriesArchive.ImportAsync(db.OfficialSeries, file, ct);

        Assert.Equal(file.Weekly, await OfficialSeriesArchive.ReadWeeklyAsync(db.OfficialSeries, ct));
        Assert.Empty(await db.OfficialSeries.ReadDailyAsync(ct));
    }

    [Fact]
    public async Task Import_Again_ReplacesTheWholeSeries()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await MigratedAsync();
        await OfficialSeriesArchive.ImportAsync(db.OfficialSeries, OfficialSeriesParser.Parse(Daily), ct);
        var second = OfficialSeriesParser.Parse("date,migrants_arrived,boats_arrived,boats_uncontrolled_landings\n2024-02-29,5,1,0\n");

        await OfficialSeriesArchive.ImportAsync(db.OfficialSeries, second, ct);

        Assert.Equal(second.Daily, await OfficialSeriesArchive.ReadDailyAsync(db.OfficialSeries, ct));
    }

    [Fact]
    public async Task Import_MalformedFile_IsRefusedWithLineNumbersAndLeavesTheStoreUnchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await MigratedAsync();
        await OfficialSeriesArchive.ImportAsync(db.OfficialSeries, OfficialSeriesParser.Parse(Daily), ct);
        var before = await db.OfficialSeries.ReadDailyAsync(ct);
        var malformed = OfficialSeriesParser.Parse(
            "date,migrants_arrived,boats_arrived,boats_uncontrolled_landings,notes\n2024-01-01,5,1,0,\n2024-01-02,5,-1,0,\n2024-01-01,5,1,0,\n");

        Assert.Equal([3, 4], malformed.Errors.Select(e => e.LineNumber));
        await Assert.ThrowsAsync<ArgumentException>(() => OfficialSeriesArchive.ImportAsync(db.OfficialSeries, malformed, ct));

        Assert.Equal(before, await db.OfficialSeries.ReadDailyAsync(ct));
    }

    [Fact]
    public async Task Replace_FailingPartWay_RollsBackToTheSeriesBefore()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await MigratedAsync();
        await OfficialSeriesArchive.ImportAsync(db.OfficialSeries, OfficialSeriesParser.Parse(Weekly), ct);
        var before = await db.OfficialSeries.ReadWeeklyAsync(ct);
        var day = new DateOnly(2024, 1, 7);
        // The second row repeats the first's date: the insert fails after the old rows were deleted and one row written.
        OfficialWeeklyRow[] rows = [new(day, 1, 1, 0, 1, 1, null), new(day, 2, 2, 0, 2, 2, null)];

        await Assert.ThrowsAnyAsync<DbException>(() => db.OfficialSeries.ReplaceWeeklyAsync(rows, ct));

        Assert.Equal(before, await db.OfficialSeries.ReadWeeklyAsync(ct));
    }

    private async Task<IDatabase> MigratedAsync()
    {
        var db = await CreateDatabaseAsync();
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        return db;
    }
}
