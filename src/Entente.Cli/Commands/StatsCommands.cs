using System.CommandLine;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>entente stats ...: the official small-boat series, imported into Entente's database and summarised.</summary>
internal static class StatsCommands
{
    public static Command Create(TimeProvider clock)
    {
        var stats = new Command("stats", "Import the Home Office small-boat series and summarise it (see docs/statistics.md).");
        stats.Add(CreateImport(clock));
        stats.Add(CreateSummary(clock));
        return stats;
    }

    private static Command CreateImport(TimeProvider clock)
    {
        var file = new Argument<string>("FILE") { Description = "The daily (SB_01) or weekly (SB_02) series as CSV, recognised by its header" };
        var (dataDirectory, postgres) = DatabaseOptions();
        var import = new Command("import", "Validate a series file and, when it has no error, replace the stored series of its kind with it.")
        {
            file, dataDirectory, postgres,
        };
        import.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var options = Storage(parse.GetValue(dataDirectory), parse.GetValue(postgres));
            return await StatsImportRunner.RunAsync(parse.GetRequiredValue(file), options, clock, configuration.Output, configuration.Error, cancellationToken);
        });
        return import;
    }

    private static Command CreateSummary(TimeProvider clock)
    {
        var year = new Option<int?>("--year") { Description = "Only this year (with its change on the year before)", HelpName = "N" };
        var (dataDirectory, postgres) = DatabaseOptions();
        var summary = new Command("summary", "Yearly totals of the stored daily series: people, boats, people per boat and change on the previous year.")
        {
            year, dataDirectory, postgres,
        };
        summary.SetAction(async (parse, cancellationToken) =>
        {
            var options = Storage(parse.GetValue(dataDirectory), parse.GetValue(postgres));
            await StatsSummaryRunner.WriteAsync(options, clock, parse.GetValue(year), parse.InvocationConfiguration.Output, cancellationToken);
            return 0;
        });
        return summary;
    }

    private static (Option<string?> DataDirectory, Option<string?> Postgres) DatabaseOptions() =>
    (
        new Option<string?>("--data-dir") { Description = "The directory of the SQLite database (default: the user's local data folder, as the server)", HelpName = "DIR" },
        new Option<string?>("--postgres") { Description = "Use PostgreSQL with this connection string instead of SQLite", HelpName = "CONNECTION" }
    );

    private static StorageOptions Storage(string? dataDirectory, string? postgres)
    {
        if (postgres is not null && dataDirectory is not null)
        {
            throw new CommandInputException("Give --data-dir (SQLite) or --postgres, not both.");
        }

        return postgres is null
            ? new StorageOptions { DataDirectory = dataDirectory ?? string.Empty }
            : new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = postgres };
    }
}
