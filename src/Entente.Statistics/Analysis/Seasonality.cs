using Entente.Statistics.Official;

namespace Entente.Statistics.Analysis;

/// <summary>How arrivals fall over the calendar year.</summary>
public static class Seasonality
{
    /// <summary>
    /// Each calendar month's share of the people arrived, pooling the whole years of the series (a year with fewer
    /// than 365 days in the series is left out, so that a part year does not weigh on its months).
    /// </summary>
    /// <param name="days">The daily series.</param>
    /// <returns>Twelve shares, January first; all zero when no one arrived.</returns>
    public static IReadOnlyList<MonthShare> ShareByMonth(IEnumerable<DailyArrivals> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var whole = days.GroupBy(d => d.Date.Year)
            .Where(y => y.Count() >= (DateTime.IsLeapYear(y.Key) ? 366 : 365))
            .SelectMany(y => y)
            .ToList();
        var total = whole.Sum(d => (long)(d.MigrantsArrived ?? 0));
        return Enumerable.Range(1, 12)
            .Select(month =>
            {
                var people = whole.Where(d => d.Date.Month == month).Sum(d => d.MigrantsArrived ?? 0);
                return new MonthShare(month, people, total == 0 ? 0 : people * 100.0 / total);
            })
            .ToList();
    }
}
