using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>entente stats ...: the official small-boat series, imported into Entente's database and summarised, and the report.</summary>
internal static class StatsCommands
{
    public static Command Create(TimeProvider clock)
    {
        var stats = new Command("stats", "Import the Home Office small-boat series, summarise it, and report on it with Entente's operational statistics (see docs/statistics.md).");
        stats.Add(CreateImport(clock));
        stats.Add(CreateSummary(clock));
        stats.Add(CreateReport(clock));
        return stats;
    }

    private static Command CreateImport(TimeProvider clock)
    {
        var file = new Argument<string>("FILE") { Description = "The daily (SB_01) or weekly (SB_02) series as CSV, recognised by its header" };
        var (dataDirectory, postgres) = DatabaseChoice.Options();
        var import = new Command("import", "Validate a series file and, when it has no error, replace the stored series of its kind with it.")
        {
            file, dataDirectory, postgres,
        };
        import.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var options = DatabaseChoice.Storage(parse.GetValue(dataDirectory), parse.GetValue(postgres));
            return await StatsImportRunner.RunAsync(parse.GetRequiredValue(file), options, clock, configuration.Output, configuration.Error, cancellationToken);
        });
        return import;
    }

    private static Command CreateSummary(TimeProvider clock)
    {
        var year = new Option<int?>("--year") { Description = "Only this year (with its change on the year before)", HelpName = "N" };
        var (dataDirectory, postgres) = DatabaseChoice.Options();
        var summary = new Command("summary", "Yearly totals of the stored daily series: people, boats, people per boat and change on the previous year.")
        {
            year, dataDirectory, postgres,
        };
        summary.SetAction(async (parse, cancellationToken) =>
        {
            var options = DatabaseChoice.Storage(parse.GetValue(dataDirectory), parse.GetValue(postgres));
            await StatsSummaryRunner.WriteAsync(options, clock, parse.GetValue(year), parse.InvocationConfiguration.Output, cancellationToken);
            return 0;
        });
        return summary;
    }

    private static Command CreateReport(TimeProvider clock)
    {
        var from = new Option<string>("--from") { Description = "The first day (and night) of the range, YYYY-MM-DD", HelpName = "DATE", Required = true };
        var to = new Option<string>("--to") { Description = "The last day (and night) of the range, inclusive, YYYY-MM-DD", HelpName = "DATE", Required = true };
        var format = new Option<string>("--format") { Description = "html (one self-contained file), md (Markdown with SVG files beside it) or csv (a directory, one file per table)", HelpName = "md|html|csv", DefaultValueFactory = _ => "html" };
        var output = new Option<string?>("--out") { Description = "The file (html, md) or directory (csv) to write (default: entente-report-FROM-TO, with .html or .md)", HelpName = "PATH" };
        var records = new Option<string?>("--records") { Description = "Read Entente's records from this directory of replay outputs (alerts.jsonl, incidents.jsonl, outcomes.jsonl) instead of the database's event store", HelpName = "DIR" };
        var (dataDirectory, postgres) = DatabaseChoice.Options();
        var report = new Command("report", "A report of the official series and of Entente's operational statistics over a range, with charts and tables.")
        {
            from, to, format, output, dataDirectory, postgres, records,
        };
        report.SetAction(async (parse, cancellationToken) =>
        {
            var request = new StatsReportRequest(parse.GetRequiredValue(from), parse.GetRequiredValue(to), parse.GetRequiredValue(format), parse.GetValue(output),
                DatabaseChoice.Storage(parse.GetValue(dataDirectory), parse.GetValue(postgres)), parse.GetValue(records));
            return await StatsReportRunner.RunAsync(request, clock, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return report;
    }
}
