using System.Globalization;
using System.Text;
using Entente.Statistics.Import;
using Entente.Statistics.Operational;
using Entente.Statistics.Reports;

namespace Entente.Cli.Commands;

/// <summary>entente stats report: the official series and the operational statistics over a range, as HTML, Markdown or CSV.</summary>
internal static class StatsReportRunner
{
    private const int ShownErrors = 10;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> RunAsync(StatsReportRequest request, TimeProvider clock, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var from = ParseDate(request.From, "--from");
        var to = ParseDate(request.To, "--to");
        if (to < from)
        {
            throw new CommandInputException($"--from {request.From} is after --to {request.To}.");
        }

        if (to.DayNumber - from.DayNumber + 1 > OperationalStatistics.MaxNights)
        {
            throw new CommandInputException($"A report covers at most {OperationalStatistics.MaxNights} days; {request.From} to {request.To} is more.");
        }

        var format = request.Format.ToLowerInvariant() switch
        {
            "html" or "md" or "csv" => request.Format.ToLowerInvariant(),
            _ => throw new CommandInputException($"--format must be md, html or csv; got '{request.Format}'."),
        };
        if (request.RecordsDirectory is { } records && !Directory.Exists(records))
        {
            throw new CommandInputException($"--records {records} is not a directory.");
        }

        await using var database = StatsDatabase.Open(request.Storage, clock);
        await database.MigrateAsync(cancellationToken);
        var days = await OfficialSeriesArchive.ReadDailyAsync(database.OfficialSeries, cancellationToken);
        var weeks = await OfficialSeriesArchive.ReadWeeklyAsync(database.OfficialSeries, cancellationToken);
        var operational = request.RecordsDirectory is { } directory
            ? await OperationalRecordReader.ReadDirectoryAsync(directory, cancellationToken)
            : await OperationalRecordReader.ReadStoreAsync(database.Events, cancellationToken);
        foreach (var bad in operational.Errors.Take(ShownErrors))
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"entente: {bad.Source} line {bad.Line}: {bad.Message}"));
        }

        var report = StatisticsReportBuilder.Build(from, to, days, weeks, OperationalStatistics.Compute(operational, from, to));
        var path = request.OutputPath ?? $"entente-report-{request.From}-{request.To}" + (format == "csv" ? "" : "." + format);
        var written = Write(report, format, path);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {written} ({report.Charts.Count()} charts, {report.Tables.Count()} tables; {operational.Errors.Count} unreadable records)."));
        return 0;
    }

    private static string Write(StatisticsReport report, string format, string path)
    {
        try
        {
            switch (format)
            {
                case "html":
                    CreateParent(path);
                    File.WriteAllText(path, HtmlReportWriter.Write(report), Utf8);
                    return path;
                case "md":
                    CreateParent(path);
                    var md = MarkdownReportWriter.Write(report, Path.GetFileNameWithoutExtension(path));
                    File.WriteAllText(path, md.Markdown, Utf8);
                    foreach (var (name, svg) in md.SvgFiles)
                    {
                        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, name), svg, Utf8);
                    }

                    return path;
                default:
                    Directory.CreateDirectory(path);
                    foreach (var (name, csv) in CsvReportWriter.Write(report))
                    {
                        File.WriteAllText(Path.Combine(path, name), csv, Utf8);
                    }

                    return path + Path.DirectorySeparatorChar;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CommandInputException($"Cannot write {path}: {SimCommands.OneLine(ex.Message)}", ex);
        }
    }

    private static void CreateParent(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(parent))
        {
            Directory.CreateDirectory(parent);
        }
    }

    private static DateOnly ParseDate(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CommandInputException($"{option} must be a date as YYYY-MM-DD; got '{text}'.");
}
