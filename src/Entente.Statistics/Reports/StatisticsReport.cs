namespace Entente.Statistics.Reports;

/// <summary>A report of the statistics over a range of dates, ready to be written as HTML, Markdown or CSV.</summary>
/// <param name="Title">Its title.</param>
/// <param name="From">The first date (or night) covered.</param>
/// <param name="To">The last, inclusive.</param>
/// <param name="Sections">Its sections, in order.</param>
public sealed record StatisticsReport(string Title, DateOnly From, DateOnly To, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Every chart, in order.</summary>
    public IEnumerable<ReportChart> Charts => Sections.SelectMany(s => s.Charts);

    /// <summary>Every table, in order.</summary>
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Tables);
}
