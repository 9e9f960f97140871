using System.Globalization;
using Entente.Statistics.Analysis;
using Entente.Statistics.Import;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>entente stats summary: a table of yearly totals from the stored daily series.</summary>
internal static class StatsSummaryRunner
{
    public static async Task WriteAsync(StorageOptions storage, TimeProvider clock, int? year, TextWriter output, CancellationToken cancellationToken)
    {
        await using var database = StatsDatabase.Open(storage, clock);
        await database.MigrateAsync(cancellationToken);
        var days = await OfficialSeriesArchive.ReadDailyAsync(database.OfficialSeries, cancellationToken);
        if (days.Count == 0)
        {
            throw new CommandInputException("No daily series is stored: run 'entente stats import FILE' with the daily series first.");
        }

        var years = SeriesTotals.ByYear(days);
        var changes = SeriesChanges.YearOnYear(years).ToDictionary(c => c.Current.Label, StringComparer.Ordinal);
        var shown = years.Where(y => year is null || y.Start.Year == year).ToList();
        if (shown.Count == 0)
        {
            throw new CommandInputException(string.Create(CultureInfo.InvariantCulture,
                $"--year {year} is not in the stored series ({years[0].Label} to {years[^1].Label})."));
        }

        await output.WriteLineAsync($"{"year",-6}{"days",6}{"people",10}{"boats",8}{"people/boat",13}{"people vs prev",16}{"boats vs prev",15}");
        foreach (var total in shown)
        {
            // A part year against a whole one would read as a fall: its change is not shown.
            var change = changes.TryGetValue(total.Label, out var c) && !IsPartial(c.Previous) && !IsPartial(c.Current) ? c : null;
            var partial = IsPartial(total) ? "*" : string.Empty;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{total.Label + partial,-6}{total.DaysInSeries,6}{total.PeopleArrived,10:N0}{total.BoatsArrived,8:N0}{Ratio(total.PeoplePerBoat),13}{Percent(change?.PeopleChangePercent),16}{Percent(change?.BoatsChangePercent),15}"));
        }

        if (shown.Any(IsPartial))
        {
            await output.WriteLineAsync("* part year: the series does not cover every day of it (no change shown).");
        }
    }

    private static bool IsPartial(PeriodTotal total) => total.DaysInSeries < total.End.DayNumber - total.Start.DayNumber + 1;

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    private static string Percent(double? value) => value is { } v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "-";
}
