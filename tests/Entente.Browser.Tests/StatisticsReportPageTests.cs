using System.Text.Json;
using Entente.Rules.Alerts;
using Entente.Rules.Output;
using Entente.Statistics.Official;
using Entente.Statistics.Operational;
using Entente.Statistics.Reports;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>The HTML report of <c>entente stats report</c>, opened from a file in Chromium: every chart draws, with every
/// bar and point on the page, and the browser reports no error.</summary>
public sealed class StatisticsReportPageTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-report-page-" + Guid.NewGuid().ToString("N"));

    public StatisticsReportPageTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task TheHtmlReport_OpenedFromAFile_DrawsEveryChart_WithoutErrors()
    {
        var report = Report();
        var path = Path.Combine(_directory, "report.html");
        await File.WriteAllTextAsync(path, HtmlReportWriter.Write(report), TestContext.Current.CancellationToken);
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);

            await page.GotoAsync(new Uri(path).AbsoluteUri);
            var drawn = await page.EvaluateAsync<JsonElement>("""
                () => [...document.querySelectorAll('figure > svg')].map(svg => {
                    const box = svg.getBoundingClientRect();
                    const marks = [...svg.querySelectorAll('rect.bar, circle.point')];
                    return {
                        title: svg.querySelector('title').textContent,
                        width: box.width, height: box.height,
                        marks: marks.length,
                        drawnMarks: marks.filter(m => { const b = m.getBoundingClientRect(); return b.width > 0 && b.height > 0; }).length,
                        texts: [...svg.querySelectorAll('text')].filter(t => t.getBoundingClientRect().width > 0).length,
                    };
                })
                """);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("statistics-report.png"), FullPage = true });

            var charts = report.Charts.ToList();
            Assert.Equal(charts.Count, drawn.GetArrayLength());
            for (var i = 0; i < charts.Count; i++)
            {
                var chart = drawn[i];
                Assert.Equal(charts[i].Title, chart.GetProperty("title").GetString());
                Assert.True(chart.GetProperty("width").GetDouble() > 100 && chart.GetProperty("height").GetDouble() > 100, $"{charts[i].Title} is not drawn.");
                Assert.Equal(charts[i].Points.Count, chart.GetProperty("marks").GetInt32());
                Assert.Equal(charts[i].Points.Count, chart.GetProperty("drawnMarks").GetInt32());
                Assert.True(chart.GetProperty("texts").GetInt32() >= 4, $"{charts[i].Title} has no title, ticks or axis titles.");
            }

            Assert.Empty(errors);
            Assert.Equal([new Uri(path).AbsoluteUri], requests);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static StatisticsReport Report()
    {
        var first = new DateOnly(2026, 7, 1);
        var days = Enumerable.Range(0, 62).Select(i => first.AddDays(i)).Select(d => new DailyArrivals(d, 20 + d.Day * 3, 1 + d.Day % 4, null)).ToList();
        var evening = new DateTimeOffset(2026, 8, 10, 20, 0, 0, TimeSpan.Zero);
        var alerts = Enumerable.Range(1, 9).Select(i => new AlertChangeRecord(evening.AddDays(i % 3).AddMinutes(i), AlertChangeKind.Raised, $"ALR-{i:D5}", AlertType.Launch,
            AlertSeverity.Warning, AlertStatus.Raised, "entente", "Launch.", "Launch.")
        { Track = i, Zone = i % 2 == 0 ? "beach-wissant" : "beach-gravelines", People = 30 + i });
        var operational = OperationalStatistics.Compute(new OperationalRecords(alerts, [], []), first, first.AddDays(61));
        return StatisticsReportBuilder.Build(first, first.AddDays(61), days, [], operational);
    }
}
