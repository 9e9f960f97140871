namespace Entente.Statistics.Operational;

/// <summary>A set of durations summarised: how many, and their median, 90th percentile and longest.</summary>
/// <param name="Count">How many durations.</param>
/// <param name="Median">The median, or null when there are none.</param>
/// <param name="Percentile90">The 90th percentile (nearest rank), or null when there are none.</param>
/// <param name="Longest">The longest, or null when there are none.</param>
public sealed record DurationSummary(int Count, TimeSpan? Median, TimeSpan? Percentile90, TimeSpan? Longest);
