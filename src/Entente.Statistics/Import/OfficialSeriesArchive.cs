using Entente.Statistics.Official;
using Entente.Storage.Official;

namespace Entente.Statistics.Import;

/// <summary>Imports a parsed series into the store (replacing the one there) and reads it back.</summary>
public static class OfficialSeriesArchive
{
    /// <summary>Replaces the stored series of the file's kind with the file's rows, in one transaction.</summary>
    /// <param name="store">The store.</param>
    /// <param name="file">A parsed file without errors.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the rows are committed.</returns>
    /// <exception cref="ArgumentException">The file has errors: nothing is imported.</exception>
    public static Task ImportAsync(IOfficialSeriesStore store, OfficialSeriesFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(file);
        if (!file.IsValid)
        {
            throw new ArgumentException($"The file has {file.Errors.Count} error(s) and cannot be imported.", nameof(file));
        }

        return file.Kind == OfficialSeriesKind.Weekly
            ? store.ReplaceWeeklyAsync(file.Weekly.Select(ToRow).ToList(), cancellationToken)
            : store.ReplaceDailyAsync(file.Daily.Select(ToRow).ToList(), cancellationToken);
    }

    /// <summary>The stored daily series, in date order.</summary>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The days.</returns>
    public static async Task<IReadOnlyList<DailyArrivals>> ReadDailyAsync(IOfficialSeriesStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = await store.ReadDailyAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new DailyArrivals(r.Date, r.MigrantsArrived, r.BoatsArrived, r.BoatsUncontrolledLandings, r.Notes)).ToList();
    }

    /// <summary>The stored weekly series, in date order.</summary>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The weeks.</returns>
    public static async Task<IReadOnlyList<WeeklyArrivals>> ReadWeeklyAsync(IOfficialSeriesStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = await store.ReadWeeklyAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new WeeklyArrivals(r.WeekEnding, r.MigrantsArrived, r.BoatsArrived, r.BoatsUncontrolledLandings,
            r.MigrantsPrevented, r.EventsPrevented, r.Notes)).ToList();
    }

    private static OfficialDailyRow ToRow(DailyArrivals d) =>
        new(d.Date, d.MigrantsArrived, d.BoatsArrived, d.BoatsUncontrolledLandings, d.Notes);

    private static OfficialWeeklyRow ToRow(WeeklyArrivals w) =>
        new(w.WeekEnding, w.MigrantsArrived, w.BoatsArrived, w.BoatsUncontrolledLandings, w.MigrantsPrevented, w.EventsPrevented, w.Notes);
}
