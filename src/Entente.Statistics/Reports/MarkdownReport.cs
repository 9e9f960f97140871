namespace Entente.Statistics.Reports;

/// <summary>A report written as Markdown: the document, and the SVG files it links to, by file name.</summary>
/// <param name="Markdown">The Markdown document.</param>
/// <param name="SvgFiles">Each chart's SVG, by the file name the document links to (relative, next to the document).</param>
public sealed record MarkdownReport(string Markdown, IReadOnlyDictionary<string, string> SvgFiles);
