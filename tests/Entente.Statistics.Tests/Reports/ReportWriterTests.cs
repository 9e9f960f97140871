using System.Xml;
using System.Xml.Linq;
using Entente.Statistics.Official;
using Entente.Statistics.Operational;
using Entente.Statistics.Reports;
using Entente.Rules.Alerts;
using static Entente.Statistics.Tests.Operational.OperationalFixtures;

namespace Entente.Statistics.Tests.Reports;

/// <summary>The report built from a small series and a night's records, written as HTML, Markdown and CSV.</summary>
public sealed class ReportWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static StatisticsReport Sample()
    {
        // 2025-07-01 to 2026-08-31: the range is June to August 2026, with a year before for the change.
        var days = Enumerable.Range(0, 427).Select(i => new DateOnly(2025, 7, 1).AddDays(i))
            .Select(d => new DailyArrivals(d, d.Day % 7 == 0 ? 300 + d.Day : 0, d.Day % 7 == 0 ? 6 : 0, null)).ToList();
        var weeks = new List<WeeklyArrivals> { new(new DateOnly(2026, 6, 7), 500, 10, 0, 200, 5, null) };
        var records = new OperationalRecords([Raised(At(0), 1, AlertType.Launch, 1, "beach-wissant", people: 40),
            Raised(At(5), 2, AlertType.Launch, 2, "beach-gravelines", people: 30), Alert(At(7), AlertChangeKind.Acknowledged, 1, AlertType.Launch)], [], []);
        var first = new DateOnly(2026, 6, 1);
        var last = new DateOnly(2026, 11, 30);
        return StatisticsReportBuilder.Build(first, new DateOnly(2026, 8, 31), days, weeks, OperationalStatistics.Compute(records, first, last));
    }

    [Fact]
    public void Report_HasTheOfficialAndOperationalChartsAndTables()
    {
        var report = Sample();

        Assert.Equal(["people-by-month", "people-by-week", "people-per-boat-by-month", "boats-at-sea-by-night", "people-at-sea-by-night", "launches-by-beach"],
            report.Charts.Select(c => c.Id));
        var months = report.Charts.First().Points;
        Assert.Equal(["2026-06", "2026-07", "2026-08"], months.Select(p => p.Label));
        // Days 7, 14, 21, 28 of each month: 4 × 300 + 70 people.
        Assert.Equal([1270, 1270, 1270], months.Select(p => p.Value));
        var yoy = report.Tables.Single(t => t.Id == "official-year-on-year");
        Assert.Equal(["2026-07", "1270", "1270", "0.0"], yoy.Rows.Single(r => r[0] == "2026-07").Take(4));
        Assert.Equal(["beach-gravelines", "beach-wissant"], report.Charts.Single(c => c.Id == "launches-by-beach").Points.Select(p => p.Label));
        Assert.Contains(report.Tables, t => t.Id == "official-prevention");
        Assert.Equal(["alert to acknowledgement", "1", "420", "420", "420"], report.Tables.Single(t => t.Id == "operational-response-times").Rows[1]);
    }

    [Fact]
    public void Html_IsOneWellFormedFile_WithEveryChartInline_AndNothingExternal()
    {
        var report = Sample();

        var html = HtmlReportWriter.Write(report);

        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = XDocument.Load(reader);
        var svgs = document.Descendants(Svg + "svg").ToList();
        Assert.Equal(report.Charts.Count(), svgs.Count);
        Assert.Equal(report.Charts.Select(c => c.Title), svgs.Select(s => s.Element(Svg + "title")!.Value));
        Assert.Equal(3, svgs[0].Descendants(Svg + "rect").Count(r => (string?)r.Attribute("class") == "bar"));
        Assert.Equal(report.Tables.Count(), document.Descendants("table").Count());
        Assert.Empty(document.Descendants("script"));
        Assert.DoesNotContain(document.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_LinksEachChartToItsSvgFile()
    {
        var md = MarkdownReportWriter.Write(Sample(), "night report");

        Assert.Equal(6, md.SvgFiles.Count);
        foreach (var (name, svg) in md.SvgFiles)
        {
            Assert.StartsWith("night report-", name, StringComparison.Ordinal);
            Assert.Contains("](" + Uri.EscapeDataString(name) + ")", md.Markdown, StringComparison.Ordinal);
            Assert.Equal(Svg + "svg", XDocument.Parse(svg).Root!.Name);
        }

        Assert.Contains("| 2026-07 | 2026-07-01 | 2026-07-31 | 31 | 1270 | 24 | 52.9 |", md.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_IsOneFilePerTable_WithAHeaderAndQuotedFields()
    {
        var report = Sample();

        var files = CsvReportWriter.Write(report);

        Assert.Equal(report.Tables.Select(t => t.Id + ".csv").Order(StringComparer.Ordinal), files.Keys);
        var months = files["official-months.csv"].Split("\r\n");
        Assert.Equal("month,start,end,days in series,people,boats,people per boat", months[0]);
        Assert.Equal("2026-06,2026-06-01,2026-06-30,30,1270,24,52.9", months[1]);
        Assert.Equal("\"a, b\"", CsvReportWriter.Field("a, b"));
        Assert.Equal("\"say \"\"hi\"\"\"", CsvReportWriter.Field("say \"hi\""));
        Assert.Equal("plain", CsvReportWriter.Field("plain"));
    }
}
