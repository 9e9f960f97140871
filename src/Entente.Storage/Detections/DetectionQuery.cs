using Entente.Core.Time;

namespace Entente.Storage.Detections;

/// <summary>A time window of detections: from ≤ time &lt; to, at most <see cref="Limit"/> of them.</summary>
public sealed record DetectionQuery
{
    /// <summary>Creates a query.</summary>
    /// <param name="from">Start of the window, inclusive (UTC).</param>
    /// <param name="to">End of the window, exclusive (UTC), after <paramref name="from"/>.</param>
    /// <param name="limit">The most detections to return, 1 to 100,000.</param>
    /// <exception cref="ArgumentException">The window is empty, a time is not UTC, or the limit is out of range.</exception>
    public DetectionQuery(DateTimeOffset from, DateTimeOffset to, int limit = 10_000)
    {
        From = UtcTime.Require(from, nameof(from));
        To = UtcTime.Require(to, nameof(to));
        if (To <= From)
        {
            throw new ArgumentException("The end of the window must be after its start.", nameof(to));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100_000);
        Limit = limit;
    }

    /// <summary>Start of the window, inclusive.</summary>
    public DateTimeOffset From { get; }

    /// <summary>End of the window, exclusive.</summary>
    public DateTimeOffset To { get; }

    /// <summary>The most detections to return.</summary>
    public int Limit { get; }

    /// <summary>When set, only detections this agency may see: it originated them, or its nation or its code is on
    /// their label. Filtered in the query itself, so that the limit counts only what the agency may see.</summary>
    public Core.Sharing.Agency? ReleasableTo { get; init; }
}
