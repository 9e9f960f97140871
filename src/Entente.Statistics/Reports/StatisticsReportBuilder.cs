using Entente.Statistics.Analysis;
using Entente.Statistics.Official;
using Entente.Statistics.Operational;

namespace Entente.Statistics.Reports;

/// <summary>
/// Builds the report of <c>entente stats report</c> (docs/statistics.md): the official series over the range (totals by
/// month and by ISO week, people per boat, each month against the same month a year before, the busiest days and months,
/// prevention by France when the weekly series has it) and the operational statistics of the same nights.
/// </summary>
public static class StatisticsReportBuilder
{
    private const int BusiestDays = 5;
    private const int BusiestMonths = 3;

    /// <summary>Builds the report.</summary>
    /// <param name="from">The first date of the range.</param>
    /// <param name="to">The last date, inclusive.</param>
    /// <param name="days">The whole stored daily series (months before the range give the year-on-year change).</param>
    /// <param name="weeks">The whole stored weekly series.</param>
    /// <param name="operational">The operational statistics of the range's nights, or null when there are no records to read.</param>
    /// <returns>The report.</returns>
    public static StatisticsReport Build(DateOnly from, DateOnly to, IReadOnlyList<DailyArrivals> days, IReadOnlyList<WeeklyArrivals> weeks,
        OperationalReport? operational)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(weeks);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The range ends before it starts.");
        }

        var sections = new List<ReportSection>();
        sections.AddRange(Official(from, to, days, weeks));
        sections.AddRange(OperationalSections(operational));
        return new StatisticsReport($"Small-boat crossings, {ReportText.Date(from)} to {ReportText.Date(to)}", from, to, sections);
    }

    private static IEnumerable<ReportSection> Official(DateOnly from, DateOnly to, IReadOnlyList<DailyArrivals> days, IReadOnlyList<WeeklyArrivals> weeks)
    {
        var inRange = days.Where(d => d.Date >= from && d.Date <= to).ToList();
        if (inRange.Count == 0)
        {
            yield return new ReportSection("Official series (Home Office)",
                [days.Count == 0
                    ? "No daily series is stored: import it with 'entente stats import FILE'."
                    : $"The stored daily series ({ReportText.Date(days[0].Date)} to {ReportText.Date(days[^1].Date)}) has no day in the range."], [], []);
            yield break;
        }

        var months = SeriesTotals.ByMonth(inRange);
        var isoWeeks = SeriesTotals.ByIsoWeek(inRange);
        var people = inRange.Sum(d => d.MigrantsArrived ?? 0);
        var boats = inRange.Sum(d => d.BoatsArrived ?? 0);
        yield return new ReportSection("Official series (Home Office)",
            [$"{people} people arrived in {boats} boats over {inRange.Count} days of the published daily series ({ReportText.Ratio(boats == 0 ? null : (double)people / boats)} people per boat). Source: Home Office, Crown copyright, Open Government Licence v3.0."],
            [
                new ReportChart("people-by-month", ChartKind.Bar, "People arrived by month", "Month", "People", [.. months.Select(m => new ChartPoint(m.Label, m.PeopleArrived))]),
                new ReportChart("people-by-week", ChartKind.Line, "People arrived by ISO week", "ISO week", "People", [.. isoWeeks.Select(w => new ChartPoint(w.Label, w.PeopleArrived))]),
                new ReportChart("people-per-boat-by-month", ChartKind.Line, "People per boat by month", "Month", "People per boat",
                    [.. months.Where(m => m.BoatsArrived > 0).Select(m => new ChartPoint(m.Label, Math.Round((double)m.PeopleArrived / m.BoatsArrived, 1)))]),
            ],
            [TotalsTable("official-months", "Totals by month", "month", months), TotalsTable("official-weeks", "Totals by ISO week", "week", isoWeeks),
                YearOnYear(days, months)]);

        yield return new ReportSection("Records in the range", [],
            [],
            [
                new ReportTable("official-busiest-days", "Busiest days", ["date", "people", "boats"],
                    [.. SeriesRecords.BusiestDays(inRange, BusiestDays).Select(d => Row(ReportText.Date(d.Date), Count(d.MigrantsArrived), Count(d.BoatsArrived)))]),
                new ReportTable("official-busiest-months", "Busiest months", ["month", "people", "boats", "days in series"],
                    [.. SeriesRecords.BusiestMonths(inRange, BusiestMonths).Select(m => Row(m.Label, ReportText.Whole(m.PeopleArrived), ReportText.Whole(m.BoatsArrived), ReportText.Whole(m.DaysInSeries)))]),
            ]);

        var prevention = PreventionComparison.ByYear(weeks.Where(w => w.WeekEnding >= from && w.WeekEnding <= to)).Where(y => y.WeeksWithPrevented > 0).ToList();
        if (prevention.Count > 0)
        {
            yield return new ReportSection("Crossings prevented by France", ["From the weekly series: weeks are counted in the range by their last day."], [],
            [
                new ReportTable("official-prevention", "Arrivals against crossings prevented", ["year", "people arrived", "people prevented", "attempts prevented", "weeks with prevented", "prevented share %"],
                    [.. prevention.Select(p => Row(ReportText.Whole(p.Year), ReportText.Whole(p.PeopleArrived), ReportText.Whole(p.PeoplePrevented), ReportText.Whole(p.EventsPrevented),
                        ReportText.Whole(p.WeeksWithPrevented), ReportText.Ratio(p.PeoplePrevented + p.PeopleArrived == 0 ? null : 100.0 * p.PeoplePrevented / (p.PeoplePrevented + p.PeopleArrived))))]),
            ]);
        }
    }

    private static ReportTable TotalsTable(string id, string title, string period, IReadOnlyList<PeriodTotal> totals) =>
        new(id, title, [period, "start", "end", "days in series", "people", "boats", "people per boat"],
            [.. totals.Select(t => Row(t.Label, ReportText.Date(t.Start), ReportText.Date(t.End), ReportText.Whole(t.DaysInSeries), ReportText.Whole(t.PeopleArrived),
                ReportText.Whole(t.BoatsArrived), ReportText.Ratio(t.BoatsArrived == 0 ? null : (double)t.PeopleArrived / t.BoatsArrived)))]);

    private static ReportTable YearOnYear(IReadOnlyList<DailyArrivals> days, IReadOnlyList<PeriodTotal> months)
    {
        // Against the same month a year before, from the whole series: the range alone would have no year before.
        var shown = months.Select(m => m.Label).ToHashSet(StringComparer.Ordinal);
        var inRangeMonths = months.ToDictionary(m => m.Label, StringComparer.Ordinal);
        var changes = SeriesChanges.YearOnYear(SeriesTotals.ByMonth(days)).Where(c => shown.Contains(c.Current.Label)).ToList();
        return new ReportTable("official-year-on-year", "Each month against the same month a year before", ["month", "people", "people a year before", "people change %",
                "boats", "boats a year before", "boats change %"],
            [.. changes.Select(c => Row(c.Current.Label, ReportText.Whole(inRangeMonths[c.Current.Label].PeopleArrived), ReportText.Whole(c.Previous.PeopleArrived),
                ReportText.Percent(PercentChange.Between(c.Previous.PeopleArrived, inRangeMonths[c.Current.Label].PeopleArrived)),
                ReportText.Whole(inRangeMonths[c.Current.Label].BoatsArrived), ReportText.Whole(c.Previous.BoatsArrived),
                ReportText.Percent(PercentChange.Between(c.Previous.BoatsArrived, inRangeMonths[c.Current.Label].BoatsArrived))))]);
    }

    private static IEnumerable<ReportSection> OperationalSections(OperationalReport? report)
    {
        if (report is null)
        {
            yield return new ReportSection("Operational statistics (Entente's records)", ["No records of Entente were read."], [], []);
            yield break;
        }

        var t = report.Total;
        var notes = new List<string>
        {
            $"From Entente's own records (alert changes, incident events, outcome reports) for the nights {ReportText.Date(report.FirstNight)} to {ReportText.Date(report.LastNight)}, each from noon to noon UTC; {report.Nights.Count} nights have records.",
        };
        if (report.UnreadRecords > 0)
        {
            notes.Add($"{report.UnreadRecords} records could not be read and count for nothing.");
        }

        var charts = new List<ReportChart>();
        if (report.Nights.Count > 0)
        {
            charts.Add(new ReportChart("boats-at-sea-by-night", ChartKind.Bar, "Boats at sea by night", "Night", "Boats", [.. report.Nights.Select(n => new ChartPoint(ReportText.Date(n.FirstNight), n.BoatsAtSea))]));
            charts.Add(new ReportChart("people-at-sea-by-night", ChartKind.Line, "People at sea by night", "Night", "People", [.. report.Nights.Select(n => new ChartPoint(ReportText.Date(n.FirstNight), n.PeopleAtSea))]));
        }

        if (t.LaunchesByBeach.Count > 0)
        {
            charts.Add(new ReportChart("launches-by-beach", ChartKind.Bar, "Launches detected by beach", "Beach", "Launches", [.. t.LaunchesByBeach.Select(b => new ChartPoint(b.Key, b.Value))]));
        }

        yield return new ReportSection("Operational statistics (Entente's records)", notes, charts,
        [
            new ReportTable("operational-total", "The range", ["measure", "value"],
            [
                Row("launches detected", ReportText.Whole(t.LaunchesDetected)), Row("boats at sea", ReportText.Whole(t.BoatsAtSea)), Row("people at sea", ReportText.Whole(t.PeopleAtSea)),
                Row("boats landed", ReportText.Whole(t.BoatsLanded)), Row("people landed", ReportText.Whole(t.PeopleLanded)),
                Row("boats prevented", ReportText.Whole(t.BoatsPrevented)), Row("people prevented", ReportText.Whole(t.PeoplePrevented)),
                Row("boats intercepted", ReportText.Whole(t.BoatsIntercepted)), Row("people intercepted", ReportText.Whole(t.PeopleIntercepted)),
                Row("boats rescued", ReportText.Whole(t.BoatsRescued)), Row("people rescued", ReportText.Whole(t.PeopleRescued)), Row("people missing", ReportText.Whole(t.PeopleMissing)),
                Row("incidents opened", ReportText.Whole(t.IncidentsOpened)), Row("incidents closed", ReportText.Whole(t.IncidentsClosed)),
                Row("handovers offered", ReportText.Whole(t.HandoversOffered)), Row("handovers accepted", ReportText.Whole(t.HandoversAccepted)),
                Row("handovers declined", ReportText.Whole(t.HandoversDeclined)),
            ]),
            new ReportTable("operational-nights", "By night", ["night", "launches detected", "boats at sea", "people at sea", "boats landed", "boats prevented", "boats intercepted",
                    "boats rescued", "people rescued", "people missing", "incidents opened", "incidents closed", "handovers offered"],
                [.. report.Nights.Select(n => Row(ReportText.Date(n.FirstNight), ReportText.Whole(n.LaunchesDetected), ReportText.Whole(n.BoatsAtSea), ReportText.Whole(n.PeopleAtSea),
                    ReportText.Whole(n.BoatsLanded), ReportText.Whole(n.BoatsPrevented), ReportText.Whole(n.BoatsIntercepted), ReportText.Whole(n.BoatsRescued),
                    ReportText.Whole(n.PeopleRescued), ReportText.Whole(n.PeopleMissing), ReportText.Whole(n.IncidentsOpened), ReportText.Whole(n.IncidentsClosed),
                    ReportText.Whole(n.HandoversOffered)))]),
            new ReportTable("operational-response-times", "Response times (seconds; median and 90th percentile by nearest rank)", ["measure", "count", "median s", "90th percentile s", "longest s"],
            [
                Durations("launch to first detection", t.LaunchToFirstDetection), Durations("alert to acknowledgement", t.AlertToAcknowledgement),
                Durations("distress to first tasking", t.DistressToFirstTasking),
            ]),
            new ReportTable("operational-beaches", "Launches detected by beach", ["beach", "launches"],
                [.. t.LaunchesByBeach.Select(b => Row(b.Key, ReportText.Whole(b.Value)))]),
        ]);
    }

    private static string[] Durations(string measure, DurationSummary s) =>
        Row(measure, ReportText.Whole(s.Count), ReportText.Seconds(s.Median), ReportText.Seconds(s.Percentile90), ReportText.Seconds(s.Longest));

    private static string Count(int? value) => value is { } v ? ReportText.Whole(v) : "";

    private static string[] Row(params string[] cells) => cells;
}
