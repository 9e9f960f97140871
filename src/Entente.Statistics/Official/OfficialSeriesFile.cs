namespace Entente.Statistics.Official;

/// <summary>What the parser read from one file: its kind, the rows of that kind, and every error found.</summary>
/// <param name="Kind">The table the header names, or null when the header was not recognised.</param>
/// <param name="Daily">The daily rows, in file order (empty for a weekly file or when there are errors).</param>
/// <param name="Weekly">The weekly rows, in file order (empty for a daily file or when there are errors).</param>
/// <param name="Errors">Every error, in line order; a file with any error must not be imported.</param>
public sealed record OfficialSeriesFile(
    OfficialSeriesKind? Kind,
    IReadOnlyList<DailyArrivals> Daily,
    IReadOnlyList<WeeklyArrivals> Weekly,
    IReadOnlyList<OfficialSeriesError> Errors)
{
    /// <summary>Whether the file was read without error.</summary>
    public bool IsValid => Errors.Count == 0 && Kind is not null;

    /// <summary>How many rows were read.</summary>
    public int RowCount => Kind == OfficialSeriesKind.Weekly ? Weekly.Count : Daily.Count;

    /// <summary>The first date in the file (day or week ending), or null when it has no rows.</summary>
    public DateOnly? FirstDate => Kind == OfficialSeriesKind.Weekly
        ? (Weekly.Count == 0 ? null : Weekly.Min(w => w.WeekEnding))
        : (Daily.Count == 0 ? null : Daily.Min(d => d.Date));

    /// <summary>The last date in the file (day or week ending), or null when it has no rows.</summary>
    public DateOnly? LastDate => Kind == OfficialSeriesKind.Weekly
        ? (Weekly.Count == 0 ? null : Weekly.Max(w => w.WeekEnding))
        : (Daily.Count == 0 ? null : Daily.Max(d => d.Date));
}
