namespace Entente.Statistics.Operational;

/// <summary>Summarises durations: count, median and 90th percentile by nearest rank, and the longest.</summary>
public static class DurationSummaries
{
    /// <summary>No durations.</summary>
    public static DurationSummary None { get; } = new(0, null, null, null);

    /// <summary>Summarises a set of durations.</summary>
    /// <param name="durations">The durations.</param>
    /// <returns>The summary; <see cref="None"/> when there are none.</returns>
    public static DurationSummary Summarise(IEnumerable<TimeSpan> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        var sorted = durations.Order().ToList();
        return sorted.Count == 0
            ? None
            : new DurationSummary(sorted.Count, NearestRank(sorted, 50), NearestRank(sorted, 90), sorted[^1]);
    }

    /// <summary>The p-th percentile by nearest rank: the smallest value with at least p% of the values at or below it.</summary>
    /// <param name="sorted">The values, ascending, at least one.</param>
    /// <param name="percent">The percentile, above 0 and at most 100.</param>
    /// <returns>The value at rank ⌈p/100 × n⌉.</returns>
    public static TimeSpan NearestRank(IReadOnlyList<TimeSpan> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
