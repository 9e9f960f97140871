using Entente.Statistics.Official;

namespace Entente.Statistics.Analysis;

/// <summary>Record days and months: the most people arrived (ties: the earlier first).</summary>
public static class SeriesRecords
{
    /// <summary>The days with the most people arrived.</summary>
    /// <param name="days">The daily series.</param>
    /// <param name="count">How many to return.</param>
    /// <returns>The days, most people first.</returns>
    public static IReadOnlyList<DailyArrivals> BusiestDays(IEnumerable<DailyArrivals> days, int count)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return days.Where(d => d.MigrantsArrived is not null)
            .OrderByDescending(d => d.MigrantsArrived)
            .ThenBy(d => d.Date)
            .Take(count)
            .ToList();
    }

    /// <summary>The months with the most people arrived.</summary>
    /// <param name="days">The daily series.</param>
    /// <param name="count">How many to return.</param>
    /// <returns>The months, most people first.</returns>
    public static IReadOnlyList<PeriodTotal> BusiestMonths(IEnumerable<DailyArrivals> days, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return SeriesTotals.ByMonth(days)
            .OrderByDescending(m => m.PeopleArrived)
            .ThenBy(m => m.Start)
            .Take(count)
            .ToList();
    }
}
