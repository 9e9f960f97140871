using System.Globalization;
using System.Text;

namespace Entente.Statistics.Official;

/// <summary>
/// Reads the Home Office small-boat series as published, in CSV: the daily table (SB_01) or the weekly one with the
/// crossings prevented by France (SB_02), recognised by the header's column names (in any order; extra columns are
/// ignored). "-" or an empty cell means not published. Every error is reported with its line number.
/// </summary>
public static class OfficialSeriesParser
{
    private const string NotPublished = "-";

    private static readonly string[] DailyColumns = ["date", "migrants_arrived", "boats_arrived", "boats_uncontrolled_landings"];

    private static readonly string[] WeeklyColumns =
        ["week_ending", "migrants_arrived", "boats_arrived", "boats_uncontrolled_landings", "migrants_prevented", "events_prevented"];

    /// <summary>Parses a whole file's text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <returns>The rows, or the errors.</returns>
    public static OfficialSeriesFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader);
    }

    /// <summary>Parses CSV from a reader.</summary>
    /// <param name="reader">The CSV text, line by line.</param>
    /// <returns>The rows (empty when there is any error) and every error.</returns>
    public static OfficialSeriesFile Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var errors = new List<OfficialSeriesError>();
        var headerLine = reader.ReadLine();
        if (headerLine is null || string.IsNullOrWhiteSpace(headerLine))
        {
            errors.Add(new(1, "the file is empty: expected a header (date,... for the daily series or week_ending,... for the weekly one)"));
            return new(null, [], [], errors);
        }

        if (!TrySplit(headerLine.TrimStart('\uFEFF'), out var headerFields))
        {
            errors.Add(new(1, "unterminated quoted field in the header"));
            return new(null, [], [], errors);
        }

        var header = headerFields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        OfficialSeriesKind kind;
        string[] required;
        if (header.Contains("week_ending"))
        {
            (kind, required) = (OfficialSeriesKind.Weekly, WeeklyColumns);
        }
        else if (header.Contains("date"))
        {
            (kind, required) = (OfficialSeriesKind.Daily, DailyColumns);
        }
        else
        {
            errors.Add(new(1, "header not recognised: expected a 'date' column (daily series) or a 'week_ending' column (weekly series)"));
            return new(null, [], [], errors);
        }

        foreach (var column in required.Where(c => !header.Contains(c)))
        {
            errors.Add(new(1, $"missing column '{column}' for the {kind.ToString().ToLowerInvariant()} series"));
        }

        foreach (var duplicate in header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new(1, $"column '{duplicate.Key}' appears more than once"));
        }

        if (errors.Count > 0)
        {
            return new(kind, [], [], errors);
        }

        var index = required.ToDictionary(c => c, c => header.IndexOf(c), StringComparer.Ordinal);
        var notes = header.IndexOf("notes");
        var daily = new List<DailyArrivals>();
        var weekly = new List<WeeklyArrivals>();
        var seen = new Dictionary<DateOnly, int>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TrySplit(line, out var fields))
            {
                errors.Add(new(lineNumber, "unterminated quoted field"));
                continue;
            }

            if (fields.Count < header.Count)
            {
                errors.Add(new(lineNumber, string.Create(CultureInfo.InvariantCulture,
                    $"expected {header.Count} fields as in the header, found {fields.Count}")));
                continue;
            }

            var lineErrors = errors.Count;
            var dateColumn = required[0];
            var dateText = fields[index[dateColumn]].Trim();
            DateOnly date = default;
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                errors.Add(new(lineNumber, $"bad date '{dateText}' in '{dateColumn}': expected YYYY-MM-DD"));
            }
            else if (seen.TryGetValue(date, out var firstLine))
            {
                errors.Add(new(lineNumber, string.Create(CultureInfo.InvariantCulture,
                    $"duplicate date {date:yyyy-MM-dd} (first on line {firstLine})")));
            }
            else
            {
                seen[date] = lineNumber;
            }

            var counts = required.Skip(1).Select(c => Count(fields[index[c]], c, lineNumber, errors)).ToArray();
            if (errors.Count > lineErrors)
            {
                continue;
            }

            var note = notes >= 0 ? fields[notes] : null;
            if (kind == OfficialSeriesKind.Daily)
            {
                daily.Add(new DailyArrivals(date, counts[0], counts[1], counts[2], note));
            }
            else
            {
                weekly.Add(new WeeklyArrivals(date, counts[0], counts[1], counts[2], counts[3], counts[4], note));
            }
        }

        return errors.Count > 0 ? new(kind, [], [], errors) : new(kind, daily, weekly, errors);
    }

    private static int? Count(string field, string column, int lineNumber, List<OfficialSeriesError> errors)
    {
        var text = field.Trim();
        if (text.Length == 0 || text == NotPublished)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new(lineNumber, $"'{text}' in '{column}' is not a whole number (use '-' or leave empty when not published)"));
            return null;
        }

        if (value < 0)
        {
            errors.Add(new(lineNumber, $"negative number {text} in '{column}'"));
            return null;
        }

        if (value > int.MaxValue)
        {
            errors.Add(new(lineNumber, $"number {text} in '{column}' is too large"));
            return null;
        }

        return (int)value;
    }

    // RFC 4180 fields on one line: commas separate, double quotes enclose, "" is a quote inside quotes.
    private static bool TrySplit(string line, out List<string> fields)
    {
        fields = [];
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return !quoted;
    }
}
