namespace Entente.Statistics.Reports;

/// <summary>A table of a report; every cell is already text, numbers written culture-invariantly.</summary>
/// <param name="Id">A short name, unique in its report, that file names are made of: lower-case letters, digits and hyphens.</param>
/// <param name="Title">Its title.</param>
/// <param name="Columns">The column headings.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
