using System.Globalization;
using System.Net;
using System.Text;

namespace Entente.Statistics.Reports;

/// <summary>
/// Writes a report as one self-contained HTML file: its style inline, its charts as inline SVG, no script and nothing
/// fetched from anywhere, so that it opens from a file and can be mailed or archived as it is.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body { font-family: sans-serif; margin: 2em auto; max-width: 1000px; color: #222222; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #cccccc; }
        figure { margin: 1.5em 0; } figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        th, td { border: 1px solid #cccccc; padding: 0.25em 0.6em; } td { text-align: right; } td:first-child { text-align: left; }
        th { background: #f0f0f0; }
        """;

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML document.</returns>
    public static string Write(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        html.Append("<title>").Append(E(report.Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(report.Title)).Append("</h1>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<section>\n<h2>").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
            }

            foreach (var chart in section.Charts)
            {
                html.Append("<figure id=\"chart-").Append(E(chart.Id)).Append("\">\n").Append(SvgChartWriter.Write(chart)).Append('\n');
                html.Append("<figcaption>").Append(E(chart.Title)).Append("</figcaption>\n</figure>\n");
            }

            foreach (var table in section.Tables)
            {
                html.Append("<table id=\"table-").Append(E(table.Id)).Append("\">\n<caption>").Append(E(table.Title)).Append("</caption>\n<thead><tr>");
                foreach (var column in table.Columns)
                {
                    html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
                }

                html.Append("</tr></thead>\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append("<td>").Append(E(cell)).Append("</td>");
                    }

                    html.Append("</tr>\n");
                }

                if (table.Rows.Count == 0)
                {
                    html.Append("<tr><td colspan=\"").Append(table.Columns.Count.ToString(CultureInfo.InvariantCulture)).Append("\">None in the range.</td></tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
