namespace Entente.Storage.Official;

/// <summary>
/// The imported official series (daily and weekly small-boat arrivals). An import replaces the whole series in one
/// transaction: when anything fails, the series stored before is left as it was.
/// </summary>
public interface IOfficialSeriesStore
{
    /// <summary>Replaces the daily series with these rows, all or nothing.</summary>
    /// <param name="rows">The rows, one per day.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the rows are committed.</returns>
    Task ReplaceDailyAsync(IReadOnlyList<OfficialDailyRow> rows, CancellationToken cancellationToken);

    /// <summary>Replaces the weekly series with these rows, all or nothing.</summary>
    /// <param name="rows">The rows, one per week.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the rows are committed.</returns>
    Task ReplaceWeeklyAsync(IReadOnlyList<OfficialWeeklyRow> rows, CancellationToken cancellationToken);

    /// <summary>The daily series, in date order.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The rows.</returns>
    Task<IReadOnlyList<OfficialDailyRow>> ReadDailyAsync(CancellationToken cancellationToken);

    /// <summary>The weekly series, in date order.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The rows.</returns>
    Task<IReadOnlyList<OfficialWeeklyRow>> ReadWeeklyAsync(CancellationToken cancellationToken);
}
