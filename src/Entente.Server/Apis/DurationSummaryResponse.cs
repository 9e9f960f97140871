using System.Text.Json.Serialization;
using Entente.Statistics.Operational;

namespace Entente.Server.Apis;

/// <summary>A set of durations: how many, and their median, 90th percentile (nearest rank) and longest, in seconds.</summary>
/// <param name="Count">How many.</param>
/// <param name="MedianSeconds">The median; absent when there are none.</param>
/// <param name="Percentile90Seconds">The 90th percentile; absent when there are none.</param>
/// <param name="LongestSeconds">The longest; absent when there are none.</param>
public sealed record DurationSummaryResponse(
    int Count,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? MedianSeconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Percentile90Seconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? LongestSeconds)
{
    /// <summary>The response for a summary.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The response.</returns>
    public static DurationSummaryResponse From(DurationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Count, summary.Median?.TotalSeconds, summary.Percentile90?.TotalSeconds, summary.Longest?.TotalSeconds);
    }
}
