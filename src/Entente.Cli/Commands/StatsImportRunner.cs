using System.Globalization;
using Entente.Statistics.Import;
using Entente.Statistics.Official;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>entente stats import: validates a whole file first, and imports it only when it has no error.</summary>
internal static class StatsImportRunner
{
    public static async Task<int> RunAsync(string path, StorageOptions storage, TimeProvider clock, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        OfficialSeriesFile file;
        try
        {
            using var reader = new StreamReader(path);
            file = OfficialSeriesParser.Parse(reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"{path}: {SimCommands.OneLine(ex.Message)}", ex);
        }

        if (!file.IsValid)
        {
            foreach (var fault in file.Errors)
            {
                await error.WriteLineAsync($"entente: {path} {SimCommands.OneLine(fault.ToString())}");
            }

            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"entente: {path}: {file.Errors.Count} error(s); nothing imported, the stored series is unchanged."));
            return EntenteCli.BadInputExitCode;
        }

        await using var database = StatsDatabase.Open(storage, clock);
        await database.MigrateAsync(cancellationToken);
        await OfficialSeriesArchive.ImportAsync(database.OfficialSeries, file, cancellationToken);
        var kind = file.Kind == OfficialSeriesKind.Weekly ? "weekly" : "daily";
        var span = file.FirstDate is { } first && file.LastDate is { } last
            ? string.Create(CultureInfo.InvariantCulture, $", {first:yyyy-MM-dd} to {last:yyyy-MM-dd}")
            : string.Empty;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Imported {file.RowCount} {kind} rows{span}."));
        return 0;
    }
}
