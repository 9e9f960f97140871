using Entente.Statistics.Official;

namespace Entente.Statistics.Analysis;

/// <summary>Arrivals against crossings prevented by France, from the weekly series.</summary>
public static class PreventionComparison
{
    /// <summary>Totals per year, weeks assigned to the year of their last day.</summary>
    /// <param name="weeks">The weekly series.</param>
    /// <returns>One entry per year, in order.</returns>
    public static IReadOnlyList<PreventionYear> ByYear(IEnumerable<WeeklyArrivals> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        return weeks.GroupBy(w => w.WeekEnding.Year)
            .OrderBy(g => g.Key)
            .Select(g => new PreventionYear(g.Key,
                g.Sum(w => w.MigrantsArrived ?? 0),
                g.Sum(w => w.MigrantsPrevented ?? 0),
                g.Sum(w => w.EventsPrevented ?? 0),
                g.Count(w => w.MigrantsPrevented is not null)))
            .ToList();
    }
}
