using System.Globalization;
using System.Text;

namespace Entente.Statistics.Reports;

/// <summary>
/// Draws a <see cref="ReportChart"/> as SVG: a title, a y axis with gridlines at round values, the x axis labelled
/// (every label when they fit, else every few), the axis titles, and the bars or the line. Every value carries its
/// label and value as <c>data-label</c> and <c>data-value</c> and a <c>title</c> tooltip. Text is XML-escaped and numbers
/// culture-invariant, so the output is well-formed XML to embed in HTML or save as an .svg file.
/// </summary>
public static class SvgChartWriter
{
    /// <summary>The width drawn, pixels.</summary>
    public const int Width = 760;

    /// <summary>The height drawn, pixels.</summary>
    public const int Height = 380;

    private const double Left = 70;
    private const double Right = 20;
    private const double Top = 44;
    private const double Bottom = 96;
    private const int MaxLabels = 16;

    private static readonly double[] RoundSteps = [1, 2, 5, 10];

    /// <summary>Writes the chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>One &lt;svg&gt; element, without an XML declaration.</returns>
    public static string Write(ReportChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var svg = new StringBuilder();
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-{chart.Kind.ToString().ToLowerInvariant()}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">");
        Append(svg, $"<title>{Escape(chart.Title)}</title>");
        Append(svg, $"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>");
        Append(svg, $"<text class=\"chart-title\" x=\"{Width / 2}\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">{Escape(chart.Title)}</text>");
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var (low, high, step) = Scale(chart.Points.Select(p => p.Value));
        double Y(double value) => Top + plotHeight * (high - value) / (high - low);

        svg.Append("<g class=\"axes\" stroke=\"#888888\">");
        for (var tick = low; tick <= high + step / 2; tick += step)
        {
            Append(svg, $"<line x1=\"{N(Left)}\" y1=\"{N(Y(tick))}\" x2=\"{N(Left + plotWidth)}\" y2=\"{N(Y(tick))}\" stroke=\"#e0e0e0\"/>");
            Append(svg, $"<text class=\"tick\" x=\"{N(Left - 6)}\" y=\"{N(Y(tick) + 4)}\" text-anchor=\"end\" stroke=\"none\" fill=\"#333333\">{N(tick)}</text>");
        }

        Append(svg, $"<line class=\"y-axis\" x1=\"{N(Left)}\" y1=\"{N(Top)}\" x2=\"{N(Left)}\" y2=\"{N(Top + plotHeight)}\"/>");
        Append(svg, $"<line class=\"x-axis\" x1=\"{N(Left)}\" y1=\"{N(Y(0))}\" x2=\"{N(Left + plotWidth)}\" y2=\"{N(Y(0))}\"/>");
        svg.Append("</g>");

        var count = chart.Points.Count;
        var slot = count == 0 ? plotWidth : plotWidth / count;
        double X(int i) => Left + slot * (i + 0.5);
        if (count == 0)
        {
            Append(svg, $"<text class=\"no-data\" x=\"{N(Left + plotWidth / 2)}\" y=\"{N(Top + plotHeight / 2)}\" text-anchor=\"middle\" fill=\"#666666\">No data</text>");
        }
        else if (chart.Kind == ChartKind.Bar)
        {
            svg.Append("<g class=\"bars\" fill=\"#2f6db5\">");
            for (var i = 0; i < count; i++)
            {
                var p = chart.Points[i];
                var top = Math.Min(Y(p.Value), Y(0));
                var height = Math.Max(Math.Abs(Y(0) - Y(p.Value)), 0);
                Append(svg, $"<rect class=\"bar\" x=\"{N(X(i) - slot * 0.4)}\" y=\"{N(top)}\" width=\"{N(slot * 0.8)}\" height=\"{N(height)}\" data-label=\"{Escape(p.Label)}\" data-value=\"{N(p.Value)}\"><title>{Escape(p.Label)}: {N(p.Value)}</title></rect>");
            }

            svg.Append("</g>");
        }
        else
        {
            var points = string.Join(' ', chart.Points.Select((p, i) => $"{N(X(i))},{N(Y(p.Value))}"));
            Append(svg, $"<polyline class=\"series\" fill=\"none\" stroke=\"#2f6db5\" stroke-width=\"2\" points=\"{points}\"/>");
            svg.Append("<g class=\"points\" fill=\"#2f6db5\">");
            for (var i = 0; i < count; i++)
            {
                var p = chart.Points[i];
                Append(svg, $"<circle class=\"point\" cx=\"{N(X(i))}\" cy=\"{N(Y(p.Value))}\" r=\"3\" data-label=\"{Escape(p.Label)}\" data-value=\"{N(p.Value)}\"><title>{Escape(p.Label)}: {N(p.Value)}</title></circle>");
            }

            svg.Append("</g>");
        }

        // Every label when they fit, else every few, always the first.
        var every = Math.Max(1, (int)Math.Ceiling(count / (double)MaxLabels));
        svg.Append("<g class=\"x-labels\" fill=\"#333333\">");
        for (var i = 0; i < count; i += every)
        {
            var y = Top + plotHeight + 14;
            Append(svg, $"<text class=\"x-label\" x=\"{N(X(i))}\" y=\"{N(y)}\" text-anchor=\"end\" transform=\"rotate(-40 {N(X(i))} {N(y)})\">{Escape(chart.Points[i].Label)}</text>");
        }

        svg.Append("</g>");
        Append(svg, $"<text class=\"axis-title\" x=\"{N(Left + plotWidth / 2)}\" y=\"{Height - 8}\" text-anchor=\"middle\">{Escape(chart.XAxisTitle)}</text>");
        Append(svg, $"<text class=\"axis-title\" x=\"16\" y=\"{N(Top + plotHeight / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {N(Top + plotHeight / 2)})\">{Escape(chart.YAxisTitle)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Escapes text for XML content and attribute values.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with &amp;, &lt;, &gt;, quotes and apostrophes escaped, and characters XML cannot hold left out.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&apos;"),
                _ when c < ' ' && c is not '\t' and not '\n' and not '\r' => escaped,
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>The axis from a round value at or below the lowest (and 0) to one at or above the highest, in about five round steps.</summary>
    private static (double Low, double High, double Step) Scale(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        var low = Math.Min(0, finite.DefaultIfEmpty(0).Min());
        var high = Math.Max(0, finite.DefaultIfEmpty(0).Max());
        if (high - low <= 0)
        {
            high = low + 1;
        }

        var raw = (high - low) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = RoundSteps.Select(m => m * magnitude).First(s => s >= raw);
        return (Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder svg, FormattableString text) => svg.Append(text.ToString(CultureInfo.InvariantCulture));
}
