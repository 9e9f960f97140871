using System.Text;

namespace Entente.Statistics.Reports;

/// <summary>Writes a report's tables as CSV (RFC 4180, CRLF line ends, a header row), one file per table.</summary>
public static class CsvReportWriter
{
    /// <summary>Writes each table.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Each table's CSV by its file name, the table's id and ".csv", e.g. "official-months.csv".</returns>
    public static IReadOnlyDictionary<string, string> Write(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in report.Tables)
        {
            var csv = new StringBuilder();
            csv.AppendJoin(',', table.Columns.Select(Field)).Append("\r\n");
            foreach (var row in table.Rows)
            {
                csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
            }

            files[table.Id + ".csv"] = csv.ToString();
        }

        return files;
    }

    /// <summary>One field: quoted, with quotes doubled, when it holds a comma, a quote or a line end.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The field.</returns>
    public static string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
