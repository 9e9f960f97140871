using System.Text;

namespace Entente.Statistics.Reports;

/// <summary>Writes a report as Markdown, with each chart as an SVG file beside it, linked by its relative name.</summary>
public static class MarkdownReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="chartPrefix">What each chart's file name starts with (usually the Markdown file's name without its
    /// extension), so that several reports can share a directory: the chart "people-by-month" of "report" is
    /// "report-people-by-month.svg".</param>
    /// <returns>The document and its SVG files.</returns>
    public static MarkdownReport Write(StatisticsReport report, string chartPrefix)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(chartPrefix);
        var md = new StringBuilder();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        md.Append("# ").Append(Inline(report.Title)).Append("\n\n");
        foreach (var section in report.Sections)
        {
            md.Append("## ").Append(Inline(section.Heading)).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                md.Append(Inline(paragraph)).Append("\n\n");
            }

            foreach (var chart in section.Charts)
            {
                var name = (chartPrefix.Length == 0 ? "" : chartPrefix + "-") + chart.Id + ".svg";
                files[name] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgChartWriter.Write(chart) + "\n";
                md.Append("![").Append(Inline(chart.Title)).Append("](").Append(Uri.EscapeDataString(name)).Append(")\n\n");
            }

            foreach (var table in section.Tables)
            {
                md.Append("**").Append(Inline(table.Title)).Append("**\n\n");
                md.Append("| ").AppendJoin(" | ", table.Columns.Select(Cell)).Append(" |\n");
                md.Append('|').AppendJoin('|', table.Columns.Select((_, i) => i == 0 ? " --- " : " ---: ")).Append("|\n");
                foreach (var row in table.Rows)
                {
                    md.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
                }

                if (table.Rows.Count == 0)
                {
                    md.Append("| ").AppendJoin(" | ", table.Columns.Select((_, i) => i == 0 ? "(none)" : "")).Append(" |\n");
                }

                md.Append('\n');
            }
        }

        return new MarkdownReport(md.ToString(), files);
    }

    // Text goes into Markdown as text: characters that would start markup or HTML are escaped.
    private static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Cell(string text) => Inline(text);
}
