using Entente.Statistics.Official;

namespace Entente.Statistics.Analysis;

/// <summary>
/// Trailing rolling means of the daily series (7-day and 28-day are the usual windows). A mean is null at the start
/// of the series, until the window is full, and wherever a day of the window is missing or not published: a mean of
/// fewer days would read as a fall.
/// </summary>
public static class RollingAverage
{
    /// <summary>The 7-day window.</summary>
    public const int WeekDays = 7;

    /// <summary>The 28-day window.</summary>
    public const int FourWeeksDays = 28;

    /// <summary>The trailing mean over windowDays days ending on each day of the series.</summary>
    /// <param name="days">The daily series.</param>
    /// <param name="windowDays">The window, in days (at least 1).</param>
    /// <returns>One point per day of the series, in date order.</returns>
    public static IReadOnlyList<RollingAveragePoint> Compute(IEnumerable<DailyArrivals> days, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        var byDate = days.ToDictionary(d => d.Date);
        return byDate.Keys.Order()
            .Select(date => new RollingAveragePoint(date,
                Mean(byDate, date, windowDays, d => d.MigrantsArrived),
                Mean(byDate, date, windowDays, d => d.BoatsArrived)))
            .ToList();
    }

    private static double? Mean(Dictionary<DateOnly, DailyArrivals> byDate, DateOnly end, int windowDays, Func<DailyArrivals, int?> value)
    {
        long sum = 0;
        for (var i = 0; i < windowDays; i++)
        {
            if (!byDate.TryGetValue(end.AddDays(-i), out var day) || value(day) is not { } count)
            {
                return null;
            }

            sum += count;
        }

        return (double)sum / windowDays;
    }
}
