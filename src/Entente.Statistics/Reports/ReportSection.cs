namespace Entente.Statistics.Reports;

/// <summary>A section of a report: a heading, paragraphs, then its charts and its tables.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Paragraphs">Sentences of plain text, each a paragraph.</param>
/// <param name="Charts">Its charts.</param>
/// <param name="Tables">Its tables.</param>
public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<ReportChart> Charts, IReadOnlyList<ReportTable> Tables);
