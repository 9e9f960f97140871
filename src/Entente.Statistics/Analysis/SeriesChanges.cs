namespace Entente.Statistics.Analysis;

/// <summary>Year-on-year and period-on-period change of totals.</summary>
public static class SeriesChanges
{
    /// <summary>
    /// Each period against the same period a year before (years against years, months against the same month), for
    /// every period whose year-earlier period is in the list.
    /// </summary>
    /// <param name="totals">Totals by year or by month.</param>
    /// <returns>The changes, in the order of the later period.</returns>
    public static IReadOnlyList<PeriodChange> YearOnYear(IReadOnlyList<PeriodTotal> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var byStart = totals.ToDictionary(t => t.Start);
        return totals.Where(t => byStart.ContainsKey(t.Start.AddYears(-1)))
            .Select(t => new PeriodChange(byStart[t.Start.AddYears(-1)], t))
            .ToList();
    }

    /// <summary>Each period against the one just before it (the previous period must end the day before it starts).</summary>
    /// <param name="totals">Totals in order.</param>
    /// <returns>The changes, in order.</returns>
    public static IReadOnlyList<PeriodChange> PeriodOnPeriod(IReadOnlyList<PeriodTotal> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var byEnd = totals.ToDictionary(t => t.End);
        return totals.Where(t => byEnd.ContainsKey(t.Start.AddDays(-1)))
            .Select(t => new PeriodChange(byEnd[t.Start.AddDays(-1)], t))
            .ToList();
    }
}
