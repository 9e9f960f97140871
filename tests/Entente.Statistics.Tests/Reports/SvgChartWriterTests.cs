using System.Globalization;
using System.Xml.Linq;
using Entente.Statistics.Reports;

namespace Entente.Statistics.Tests.Reports;

/// <summary>The SVG charts: well-formed XML, one bar or point per value at its height, axes and titles, text escaped.</summary>
public sealed class SvgChartWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void BarChart_HasOneBarPerValue_WithHeightsInProportion()
    {
        var chart = new ReportChart("c", ChartKind.Bar, "People by month", "Month", "People",
            [new ChartPoint("2026-06", 100), new ChartPoint("2026-07", 250), new ChartPoint("2026-08", 12.5)]);

        var svg = XElement.Parse(SvgChartWriter.Write(chart));

        Assert.Equal(Svg + "svg", svg.Name);
        var bars = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").ToList();
        Assert.Equal(["2026-06", "2026-07", "2026-08"], bars.Select(b => (string?)b.Attribute("data-label")));
        Assert.Equal(["100", "250", "12.5"], bars.Select(b => (string?)b.Attribute("data-value")));
        var heights = bars.Select(b => double.Parse((string)b.Attribute("height")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(heights[0] * 2.5, heights[1], 1);
        Assert.Equal(heights[0] / 8, heights[2], 1);
        // Bars stand on the x axis.
        var axisY = double.Parse((string)svg.Descendants(Svg + "line").Single(l => (string?)l.Attribute("class") == "x-axis").Attribute("y1")!, CultureInfo.InvariantCulture);
        Assert.All(bars, b => Assert.Equal(axisY, double.Parse((string)b.Attribute("y")!, CultureInfo.InvariantCulture) + double.Parse((string)b.Attribute("height")!, CultureInfo.InvariantCulture), 1));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("People by month", texts);
        Assert.Contains("Month", texts);
        Assert.Contains("People", texts);
        Assert.Contains("2026-07", texts);
        // Ticks at round values up to at least the highest: 0, 50, ..., 250.
        Assert.Equal(["0", "50", "100", "150", "200", "250"], svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "tick").Select(t => t.Value));
    }

    [Fact]
    public void LineChart_HasOnePointPerValue_AndAPolylineThroughThem()
    {
        var chart = new ReportChart("c", ChartKind.Line, "Weekly", "Week", "People", [.. Enumerable.Range(1, 40).Select(i => new ChartPoint($"2026-W{i:D2}", i * 10))]);

        var svg = XElement.Parse(SvgChartWriter.Write(chart));

        var points = svg.Descendants(Svg + "circle").ToList();
        Assert.Equal(40, points.Count);
        var line = svg.Descendants(Svg + "polyline").Single();
        var vertices = ((string)line.Attribute("points")!).Split(' ');
        Assert.Equal(40, vertices.Length);
        Assert.Equal($"{points[7].Attribute("cx")!.Value},{points[7].Attribute("cy")!.Value}", vertices[7]);
        // Rising values: each point higher on the page (a smaller y) than the one before.
        var ys = points.Select(p => double.Parse(p.Attribute("cy")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.All(ys.Zip(ys.Skip(1)), pair => Assert.True(pair.Second < pair.First));
        // Forty labels do not fit: every third is written, the first among them.
        var labels = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "x-label").Select(t => t.Value).ToList();
        Assert.Equal(14, labels.Count);
        Assert.Equal("2026-W01", labels[0]);
        Assert.Equal("2026-W04", labels[1]);
    }

    [Fact]
    public void Text_IsEscaped()
    {
        var title = "Boats <b>&</b> \"people\" 'at sea'";
        var chart = new ReportChart("c", ChartKind.Bar, title, "x & y", "<y>", [new ChartPoint("a<b>&\"'", 1)]);

        var written = SvgChartWriter.Write(chart);
        var svg = XElement.Parse(written);

        Assert.DoesNotContain("<b>", written, StringComparison.Ordinal);
        Assert.Equal(title, svg.Element(Svg + "title")!.Value);
        Assert.Equal("a<b>&\"'", (string?)svg.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("class") == "bar").Attribute("data-label"));
        Assert.Equal("ab", SvgChartWriter.Escape("a\u0001b"));
    }

    [Fact]
    public void NoValues_SaysNoData_AndNegativeValuesGoBelowTheAxis()
    {
        var empty = XElement.Parse(SvgChartWriter.Write(new ReportChart("c", ChartKind.Bar, "Nothing", "x", "y", [])));
        Assert.DoesNotContain(empty.Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "bar");
        Assert.Contains("No data", empty.Descendants(Svg + "text").Select(t => t.Value));

        var change = XElement.Parse(SvgChartWriter.Write(new ReportChart("c", ChartKind.Bar, "Change", "x", "%", [new ChartPoint("up", 40), new ChartPoint("down", -20)])));
        var bars = change.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").ToList();
        var axisY = double.Parse((string)change.Descendants(Svg + "line").Single(l => (string?)l.Attribute("class") == "x-axis").Attribute("y1")!, CultureInfo.InvariantCulture);
        Assert.Equal(axisY, double.Parse((string)bars[1].Attribute("y")!, CultureInfo.InvariantCulture), 1);
        Assert.True(double.Parse((string)bars[0].Attribute("y")!, CultureInfo.InvariantCulture) < axisY);
    }
}
