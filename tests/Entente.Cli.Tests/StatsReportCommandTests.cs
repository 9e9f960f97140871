using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Entente.Rules.Alerts;
using Entente.Rules.Output;
using Entente.Storage;
using Entente.Storage.Events;

namespace Entente.Cli.Tests;

/// <summary>entente stats report: the official series and Entente's records over a range, as HTML, Markdown or CSV.</summary>
public sealed class StatsReportCommandTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateTimeOffset Evening = new(2026, 8, 10, 20, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-report-cli-" + Guid.NewGuid().ToString("N"));

    public StatsReportCommandTests() => Directory.CreateDirectory(_directory);

    private string DataDirectory => Path.Combine(_directory, "data");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Html_FromTheSeriesAndAReplayDirectory_IsOneFileWithItsCharts()
    {
        await ImportSeriesAsync();
        var records = Path.Combine(_directory, "night");
        Directory.CreateDirectory(records);
        await File.WriteAllLinesAsync(Path.Combine(records, "alerts.jsonl"),
            [Line(Launch(1, "beach-wissant", Evening)), Line(Launch(2, "beach-berck", Evening.AddMinutes(30))), "{broken"], TestContext.Current.CancellationToken);
        var html = Path.Combine(_directory, "out", "report.html");

        var (exit, output, error) = await RunAsync("stats", "report", "--from", "2026-08-01", "--to", "2026-08-31", "--data-dir", DataDirectory,
            "--records", records, "--out", html);

        Assert.Equal(0, exit);
        Assert.Contains("alerts.jsonl line 3: ", error, StringComparison.Ordinal);
        Assert.StartsWith($"Wrote {html} (6 charts, ", output, StringComparison.Ordinal);
        using var reader = XmlReader.Create(html, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = XDocument.Load(reader);
        var charts = document.Descendants(Svg + "svg").ToDictionary(s => s.Parent!.Attribute("id")!.Value);
        Assert.Equal(6, charts.Count);
        // August 2026 in the series: days 1 to 14, 10 people in 1 boat each.
        var month = Assert.Single(charts["chart-people-by-month"].Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "bar");
        Assert.Equal(("2026-08", "140"), ((string?)month.Attribute("data-label"), (string?)month.Attribute("data-value")));
        var beaches = charts["chart-launches-by-beach"].Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").ToList();
        Assert.Equal(["beach-berck", "beach-wissant"], beaches.Select(b => (string?)b.Attribute("data-label")));
        Assert.Empty(document.Descendants("script"));
    }

    [Fact]
    public async Task Markdown_FromTheEventStore_WritesItsSvgFilesBesideIt()
    {
        await ImportSeriesAsync();
        await using (var database = DatabaseFactory.Create(new StorageOptions { DataDirectory = DataDirectory }, TimeProvider.System))
        {
            await database.MigrateAsync(TestContext.Current.CancellationToken);
            var launch = Launch(1, "beach-gravelines", Evening);
            await database.Events.AppendAsync("alert-00001", 0, [new NewEvent("raised", launch.Time, "entente", "hmcg-dover", "Raised.", Line(launch))],
                TestContext.Current.CancellationToken);
        }

        var md = Path.Combine(_directory, "report.md");

        var (exit, _, error) = await RunAsync("stats", "report", "--from", "2026-08-01", "--to", "2026-08-31", "--format", "md", "--data-dir", DataDirectory, "--out", md);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var text = await File.ReadAllTextAsync(md, TestContext.Current.CancellationToken);
        Assert.Contains("| launches detected | 1 |", text, StringComparison.Ordinal);
        var links = System.Text.RegularExpressions.Regex.Matches(text, @"!\[[^\]]*\]\(([^)]+)\)").Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();
        Assert.Equal(6, links.Count);
        Assert.All(links, l => Assert.Equal(Svg + "svg", XDocument.Load(Path.Combine(_directory, l)).Root!.Name));
        Assert.Contains("report-launches-by-beach.svg", links);
    }

    [Fact]
    public async Task Csv_IsADirectoryOfTables()
    {
        await ImportSeriesAsync();
        var csv = Path.Combine(_directory, "tables");

        var (exit, _, _) = await RunAsync("stats", "report", "--from", "2026-08-01", "--to", "2026-08-07", "--format", "csv", "--data-dir", DataDirectory, "--out", csv);

        Assert.Equal(0, exit);
        var weeks = await File.ReadAllLinesAsync(Path.Combine(csv, "official-weeks.csv"), TestContext.Current.CancellationToken);
        Assert.Equal(["week,start,end,days in series,people,boats,people per boat", "2026-W31,2026-07-27,2026-08-02,2,20,2,10.0", "2026-W32,2026-08-03,2026-08-09,5,50,5,10.0"], weeks);
        Assert.True(File.Exists(Path.Combine(csv, "operational-total.csv")));
    }

    [Theory]
    [InlineData("--from", "2026-13-01", "--to", "2026-12-31")]
    [InlineData("--from", "01/08/2026", "--to", "2026-08-31")]
    [InlineData("--from", "2026-08-31", "--to", "2026-08-01")]
    [InlineData("--from", "2025-01-01", "--to", "2026-01-02")]
    [InlineData("--from", "2026-08-01", "--to", "2026-08-31", "--format", "pdf")]
    [InlineData("--from", "2026-08-01", "--to", "2026-08-31", "--records", "/nonexistent/records")]
    [InlineData("--from", "2026-08-01")]
    public async Task BadInput_IsOneLineOnStderr_Exit2(params string[] args)
    {
        var (exit, output, error) = await RunAsync(["stats", "report", "--data-dir", DataDirectory, "--out", Path.Combine(_directory, "r.html"), .. args]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("entente: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "r.html")));
    }

    private async Task ImportSeriesAsync()
    {
        var rows = Enumerable.Range(1, 14).Select(d => $"2026-08-{d:D2},10,1,0,");
        var file = Path.Combine(_directory, "daily.csv");
        await File.WriteAllTextAsync(file, "date,migrants_arrived,boats_arrived,boats_uncontrolled_landings,notes\n2026-07-31,10,1,0,\n" + string.Join('\n', rows) + "\n",
            TestContext.Current.CancellationToken);
        var (exit, _, error) = await RunAsync("stats", "import", file, "--data-dir", DataDirectory);
        Assert.True(exit == 0, error);
    }

    private static AlertChangeRecord Launch(int number, string beach, DateTimeOffset time) =>
        new(time, AlertChangeKind.Raised, $"ALR-{number:D5}", AlertType.Launch, AlertSeverity.Warning, AlertStatus.Raised, "entente", "Launch.", "Launch.")
        {
            Track = number,
            Zone = beach,
            People = 40,
        };

    private static string Line(AlertChangeRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            AlertChangeJson.Write(writer, record);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
