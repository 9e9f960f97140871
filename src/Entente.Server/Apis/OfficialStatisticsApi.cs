using System.Globalization;
using Entente.Statistics.Analysis;
using Entente.Statistics.Import;
using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>GET /api/stats/official: the imported Home Office series analysed over a range of days (docs/statistics.md).</summary>
public static class OfficialStatisticsApi
{
    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapOfficialStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats/official", GetAsync).WithTags("Statistics").WithName("GetOfficialStatistics")
            .WithSummary("The imported Home Office small-boat series from ≤ day ≤ to (YYYY-MM-DD, both optional): totals by year, month and ISO week, " +
                "the 7-day rolling average, records, seasonality and arrivals against crossings prevented by France.");
        return app;
    }

    private static async Task<Results<Ok<OfficialStatisticsResponse>, ProblemHttpResult>> GetAsync(IDatabase database, string? from, string? to,
        CancellationToken cancellationToken)
    {
        if (!TryDate(from, out var first) || !TryDate(to, out var last))
        {
            return Problems.BadRequest("from and to must be dates as YYYY-MM-DD, e.g. 2021-11-24.");
        }

        if (first > last)
        {
            return Problems.BadRequest("from must not be after to.");
        }

        var daily = await OfficialSeriesArchive.ReadDailyAsync(database.OfficialSeries, cancellationToken).ConfigureAwait(false);
        var weekly = await OfficialSeriesArchive.ReadWeeklyAsync(database.OfficialSeries, cancellationToken).ConfigureAwait(false);
        var lower = first ?? (daily.Count > 0 ? daily[0].Date : null);
        var upper = last ?? (daily.Count > 0 ? daily[^1].Date : null);
        bool InRange(DateOnly day) => (lower is null || day >= lower) && (upper is null || day <= upper);

        var days = daily.Where(d => InRange(d.Date)).ToList();
        var weeks = weekly.Where(w => InRange(w.WeekEnding)).ToList();
        var recordDay = SeriesRecords.BusiestDays(days, 1) is [var busiestDay] ? busiestDay : null;
        var recordMonth = SeriesRecords.BusiestMonths(days, 1) is [var busiestMonth] ? busiestMonth : null;
        return TypedResults.Ok(new OfficialStatisticsResponse(
            daily.Count > 0, daily.Count > 0 ? daily[0].Date : null, daily.Count > 0 ? daily[^1].Date : null,
            weekly.Count > 0, weekly.Count > 0 ? weekly[0].WeekEnding : null, weekly.Count > 0 ? weekly[^1].WeekEnding : null,
            lower, upper,
            WithChanges(SeriesTotals.ByYear(days), SeriesChanges.YearOnYear),
            WithChanges(SeriesTotals.ByMonth(days), SeriesChanges.YearOnYear),
            WithChanges(SeriesTotals.ByIsoWeek(days), SeriesChanges.PeriodOnPeriod),
            // Over the whole series, so that the range's first days have a full window behind them.
            [.. RollingAverage.Compute(daily, RollingAverage.WeekDays).Where(p => InRange(p.Date))
                .Select(p => new OfficialAverageResponse(p.Date, p.PeoplePerDay, p.BoatsPerDay))],
            recordDay is null ? null : new OfficialDayResponse(recordDay.Date, recordDay.MigrantsArrived, recordDay.BoatsArrived),
            recordMonth is null ? null : Period(recordMonth, null),
            days.Count == 0 ? [] : [.. Seasonality.ShareByMonth(days).Select(m => new OfficialMonthShareResponse(m.Month, m.PeopleArrived, m.SharePercent))],
            [.. PreventionComparison.ByYear(weeks).Select(y => new OfficialPreventionResponse(y.Year, y.PeopleArrived, y.PeoplePrevented,
                y.EventsPrevented, y.WeeksWithPrevented, y.PreventedSharePercent))]));
    }

    /// <summary>Each period with its change on the one compared, only when both are complete: a part period against a
    /// whole one would read as a fall.</summary>
    private static List<OfficialPeriodResponse> WithChanges(IReadOnlyList<PeriodTotal> totals, Func<IReadOnlyList<PeriodTotal>, IReadOnlyList<PeriodChange>> compare)
    {
        var changes = compare(totals).Where(c => IsComplete(c.Previous) && IsComplete(c.Current)).ToDictionary(c => c.Current.Start);
        return [.. totals.Select(t => Period(t, changes.GetValueOrDefault(t.Start)))];
    }

    private static OfficialPeriodResponse Period(PeriodTotal total, PeriodChange? change) =>
        new(total.Label, total.Start, total.End, total.DaysInSeries, IsComplete(total), total.PeopleArrived, total.BoatsArrived, total.PeoplePerBoat,
            change?.PeopleChangePercent, change?.BoatsChangePercent, change?.PeoplePerBoatChangePercent);

    private static bool IsComplete(PeriodTotal total) => total.DaysInSeries == total.End.DayNumber - total.Start.DayNumber + 1;

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
            return true;
        }

        return false;
    }
}
