using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Entente.Statistics.Import;
using Entente.Statistics.Official;
using Entente.Storage;
using Entente.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests.Apis;

/// <summary>GET /api/stats/official over a synthetic series imported through the database, and the published one when
/// ../shared holds it. Each test sets the stored series it needs (tests of a class run one at a time).</summary>
public sealed class OfficialStatisticsApiTests(EntenteFactory factory) : IClassFixture<EntenteFactory>
{
    private static readonly DateOnly FirstDay = new(2023, 7, 1);
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    /// <summary>The synthetic days: 2023 from July, 2024 (a leap year) and 2025 whole; every 50th day unpublished.</summary>
    private static List<(DateOnly Date, int? People, int? Boats)> SyntheticDays()
    {
        var days = new List<(DateOnly, int?, int?)>();
        for (var (day, i) = (FirstDay, 0); day <= LastDay; day = day.AddDays(1), i++)
        {
            var people = i * 37 % 97;
            days.Add(i % 50 == 13 ? (day, null, null) : (day, people, people == 0 ? 0 : 1 + (people / 45)));
        }

        return days;
    }

    private static string DailyCsv(IEnumerable<(DateOnly Date, int? People, int? Boats)> days)
    {
        var csv = new StringBuilder("date,migrants_arrived,boats_arrived,boats_uncontrolled_landings,notes\n");
        foreach (var (date, people, boats) in days)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{people?.ToString(CultureInfo.InvariantCulture) ?? "-"},{boats?.ToString(CultureInfo.InvariantCulture) ?? "-"},-,\n");
        }

        return csv.ToString();
    }

    /// <summary>Weeks ending on the Sundays of 2024 and 2025, the prevented figures unpublished in every 9th.</summary>
    private static List<(DateOnly WeekEnding, int Arrived, int? Prevented, int? Events)> SyntheticWeeks()
    {
        var weeks = new List<(DateOnly, int, int?, int?)>();
        for (var (week, i) = (new DateOnly(2024, 1, 7), 0); week.Year <= 2025; week = week.AddDays(7), i++)
        {
            weeks.Add(i % 9 == 4 ? (week, 300 + i, null, null) : (week, 300 + i, 150 + (i % 30), 3 + (i % 5)));
        }

        return weeks;
    }

    private static string WeeklyCsv(IEnumerable<(DateOnly WeekEnding, int Arrived, int? Prevented, int? Events)> weeks)
    {
        var csv = new StringBuilder("week_ending,migrants_arrived,boats_arrived,boats_uncontrolled_landings,migrants_prevented,events_prevented,notes\n");
        foreach (var (week, arrived, prevented, events) in weeks)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{week:yyyy-MM-dd},{arrived},{arrived / 50},-,{prevented?.ToString(CultureInfo.InvariantCulture) ?? "-"},{events?.ToString(CultureInfo.InvariantCulture) ?? "-"},\n");
        }

        return csv.ToString();
    }

    private async Task StoreAsync(string? dailyCsv, string? weeklyCsv)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = factory.Services.GetRequiredService<IDatabase>().OfficialSeries;
        await store.ReplaceDailyAsync([], ct);
        await store.ReplaceWeeklyAsync([], ct);
        foreach (var csv in new[] { dailyCsv, weeklyCsv }.OfType<string>())
        {
            var file = OfficialSeriesParser.Parse(csv);
            Assert.True(file.IsValid, string.Join("; ", file.Errors));
            await OfficialSeriesArchive.ImportAsync(store, file, ct);
        }
    }

    private async Task<JsonElement> GetAsync(string query)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/stats/official" + query, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task EmptyStore_AnswersNotImportedWithEmptyArrays()
    {
        await StoreAsync(null, null);

        var json = await GetAsync("");

        Assert.False(json.GetProperty("imported").GetBoolean());
        Assert.False(json.GetProperty("weeklyImported").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("seriesFrom").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("recordDay").ValueKind);
        foreach (var array in new[] { "years", "months", "weeks", "rolling7Day", "seasonality", "prevention" })
        {
            Assert.Equal(0, json.GetProperty(array).GetArrayLength());
        }
    }

    [Fact]
    public async Task SyntheticSeries_YearlyTotalsAndChanges_ComeFromTheStoredDays()
    {
        var days = SyntheticDays();
        await StoreAsync(DailyCsv(days), null);

        var json = await GetAsync("");

        Assert.True(json.GetProperty("imported").GetBoolean());
        Assert.Equal("2023-07-01", json.GetProperty("seriesFrom").GetString());
        Assert.Equal("2025-12-31", json.GetProperty("seriesTo").GetString());
        var years = json.GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("label").GetString()!);
        Assert.Equal(["2023", "2024", "2025"], years.Keys);
        foreach (var group in days.GroupBy(d => d.Date.Year))
        {
            var year = years[group.Key.ToString(CultureInfo.InvariantCulture)];
            Assert.Equal(group.Sum(d => d.People ?? 0), year.GetProperty("people").GetInt32());
            Assert.Equal(group.Sum(d => d.Boats ?? 0), year.GetProperty("boats").GetInt32());
            Assert.Equal(group.Count(), year.GetProperty("days").GetInt32());
            Assert.Equal((double)group.Sum(d => d.People ?? 0) / group.Sum(d => d.Boats ?? 0), year.GetProperty("peoplePerBoat").GetDouble(), 9);
        }

        // 2023 is a part year: no change on it, nor of 2024 on it; 2025 on 2024 is whole against whole.
        Assert.False(years["2023"].GetProperty("complete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, years["2024"].GetProperty("peopleChangePercent").ValueKind);
        var (p2024, p2025) = (years["2024"].GetProperty("people").GetInt32(), years["2025"].GetProperty("people").GetInt32());
        Assert.Equal((p2025 - p2024) * 100.0 / p2024, years["2025"].GetProperty("peopleChangePercent").GetDouble(), 9);

        Assert.Equal(30, json.GetProperty("months").GetArrayLength()); // July 2023 to December 2025
        Assert.Equal(days.Where(d => d.Date.Year == 2024 && d.Date.Month == 2).Sum(d => d.People ?? 0),
            json.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("label").GetString() == "2024-02").GetProperty("people").GetInt32());
        Assert.Equal(days.Sum(d => d.People ?? 0), json.GetProperty("weeks").EnumerateArray().Sum(w => w.GetProperty("people").GetInt32()));

        var busiest = days.Where(d => d.People is not null).OrderByDescending(d => d.People).ThenBy(d => d.Date).First();
        Assert.Equal(busiest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), json.GetProperty("recordDay").GetProperty("date").GetString());
        Assert.Equal(busiest.People, json.GetProperty("recordDay").GetProperty("people").GetInt32());

        // Seasonality pools the whole years only (2024 and 2025).
        var seasonality = json.GetProperty("seasonality").EnumerateArray().ToList();
        Assert.Equal(12, seasonality.Count);
        Assert.Equal(days.Where(d => d.Date.Year >= 2024 && d.Date.Month == 1).Sum(d => d.People ?? 0), seasonality[0].GetProperty("people").GetInt32());
        Assert.Equal(100.0, seasonality.Sum(m => m.GetProperty("sharePercent").GetDouble()), 6);
        Assert.Equal(0, json.GetProperty("prevention").GetArrayLength());
    }

    [Fact]
    public async Task Range_LimitsTheTotals_AndTheRollingAverageUsesTheDaysBeforeIt()
    {
        var days = SyntheticDays();
        await StoreAsync(DailyCsv(days), null);

        var json = await GetAsync("?from=2024-03-10&to=2024-04-20");

        Assert.Equal("2024-03-10", json.GetProperty("from").GetString());
        var year = json.GetProperty("years").EnumerateArray().Single();
        var inRange = days.Where(d => d.Date >= new DateOnly(2024, 3, 10) && d.Date <= new DateOnly(2024, 4, 20)).ToList();
        Assert.Equal(inRange.Sum(d => d.People ?? 0), year.GetProperty("people").GetInt32());
        Assert.False(year.GetProperty("complete").GetBoolean());
        Assert.Equal(["2024-03", "2024-04"], json.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("label").GetString()));

        var rolling = json.GetProperty("rolling7Day").EnumerateArray().ToList();
        Assert.Equal(inRange.Count, rolling.Count);
        Assert.Equal("2024-03-10", rolling[0].GetProperty("date").GetString());
        for (var i = 0; i < rolling.Count; i++)
        {
            var end = inRange[i].Date;
            var window = days.Where(d => d.Date > end.AddDays(-7) && d.Date <= end).ToList();
            var expected = window.Any(d => d.People is null) ? (double?)null : window.Average(d => d.People!.Value);
            var actual = rolling[i].GetProperty("peoplePerDay");
            Assert.Equal(expected, actual.ValueKind == JsonValueKind.Null ? null : actual.GetDouble());
        }

        // No whole year in the range: nothing to pool.
        Assert.All(json.GetProperty("seasonality").EnumerateArray(), m => Assert.Equal(0, m.GetProperty("people").GetInt32()));
    }

    [Fact]
    public async Task WeeklySeries_GivesArrivalsAgainstPreventedByYear()
    {
        var weeks = SyntheticWeeks();
        await StoreAsync(DailyCsv(SyntheticDays()), WeeklyCsv(weeks));

        var json = await GetAsync("");

        Assert.True(json.GetProperty("weeklyImported").GetBoolean());
        var years = json.GetProperty("prevention").EnumerateArray().ToList();
        Assert.Equal([2024, 2025], years.Select(y => y.GetProperty("year").GetInt32()));
        foreach (var year in years)
        {
            var ofYear = weeks.Where(w => w.WeekEnding.Year == year.GetProperty("year").GetInt32()).ToList();
            Assert.Equal(ofYear.Sum(w => w.Arrived), year.GetProperty("peopleArrived").GetInt32());
            Assert.Equal(ofYear.Sum(w => w.Prevented ?? 0), year.GetProperty("peoplePrevented").GetInt32());
            Assert.Equal(ofYear.Sum(w => w.Events ?? 0), year.GetProperty("eventsPrevented").GetInt32());
            Assert.Equal(ofYear.Count(w => w.Prevented is not null), year.GetProperty("weeksWithPrevented").GetInt32());
        }
    }

    [Theory]
    [InlineData("?from=2024-13-01")]
    [InlineData("?to=yesterday")]
    [InlineData("?from=2024-1-5")]
    [InlineData("?from=2024-05-02&to=2024-05-01")]
    [InlineData("?from=%27%3B%20DROP%20TABLE%20official_daily_arrivals%3B--")]
    public async Task BadDatesOrRange_Answer400ProblemDetails(string query)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/stats/official" + query, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PublishedSeries_2021_Is28526PeopleIn1034Boats()
    {
        var path = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "data", "stats", "homeoffice_SB01_daily_2018_2026.csv") : null;
        if (path is null || !File.Exists(path))
        {
            Assert.Skip("../shared/data/stats/homeoffice_SB01_daily_2018_2026.csv is absent: the published figures cannot be checked through the API.");
        }

        await StoreAsync(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), null);

        var json = await GetAsync("?from=2021-01-01&to=2021-12-31");

        var year = json.GetProperty("years").EnumerateArray().Single();
        Assert.Equal("2021", year.GetProperty("label").GetString());
        Assert.Equal(28_526, year.GetProperty("people").GetInt32());
        Assert.Equal(1_034, year.GetProperty("boats").GetInt32());
    }
}
