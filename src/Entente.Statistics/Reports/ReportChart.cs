namespace Entente.Statistics.Reports;

/// <summary>A chart of a report.</summary>
/// <param name="Id">A short name, unique in its report, that file names are made of: lower-case letters, digits and hyphens.</param>
/// <param name="Kind">Bars or a line.</param>
/// <param name="Title">The title drawn above it.</param>
/// <param name="XAxisTitle">What the x axis is.</param>
/// <param name="YAxisTitle">What the y axis is.</param>
/// <param name="Points">The values, in x order.</param>
public sealed record ReportChart(string Id, ChartKind Kind, string Title, string XAxisTitle, string YAxisTitle, IReadOnlyList<ChartPoint> Points);
