using System.Globalization;
using Entente.Statistics.Official;

namespace Entente.Statistics.Analysis;

/// <summary>Totals of the daily series by year, month and ISO 8601 week; unpublished counts add nothing.</summary>
public static class SeriesTotals
{
    /// <summary>Totals by calendar year, in order.</summary>
    /// <param name="days">The daily series.</param>
    /// <returns>One total per year the series touches.</returns>
    public static IReadOnlyList<PeriodTotal> ByYear(IEnumerable<DailyArrivals> days) =>
        Group(days, d => new DateOnly(d.Year, 1, 1), start => (start.Year.ToString(CultureInfo.InvariantCulture), start.AddYears(1).AddDays(-1)));

    /// <summary>Totals by calendar month, in order.</summary>
    /// <param name="days">The daily series.</param>
    /// <returns>One total per month the series touches.</returns>
    public static IReadOnlyList<PeriodTotal> ByMonth(IEnumerable<DailyArrivals> days) =>
        Group(days, d => new DateOnly(d.Year, d.Month, 1),
            start => (start.ToString("yyyy-MM", CultureInfo.InvariantCulture), start.AddMonths(1).AddDays(-1)));

    /// <summary>Totals by ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday), in order.</summary>
    /// <param name="days">The daily series.</param>
    /// <returns>One total per week the series touches.</returns>
    public static IReadOnlyList<PeriodTotal> ByIsoWeek(IEnumerable<DailyArrivals> days) =>
        Group(days, IsoWeekStart, start =>
        {
            var time = start.ToDateTime(TimeOnly.MinValue);
            var label = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(time)}-W{ISOWeek.GetWeekOfYear(time):00}");
            return (label, start.AddDays(6));
        });

    /// <summary>The Monday starting the ISO week of a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The Monday.</returns>
    public static DateOnly IsoWeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static List<PeriodTotal> Group(IEnumerable<DailyArrivals> days, Func<DateOnly, DateOnly> periodStart,
        Func<DateOnly, (string Label, DateOnly End)> describe)
    {
        ArgumentNullException.ThrowIfNull(days);
        return days.GroupBy(d => periodStart(d.Date))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var (label, end) = describe(g.Key);
                return new PeriodTotal(label, g.Key, end, g.Sum(d => d.MigrantsArrived ?? 0), g.Sum(d => d.BoatsArrived ?? 0), g.Count());
            })
            .ToList();
    }
}
