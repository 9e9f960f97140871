namespace Entente.Statistics.Reports;

/// <summary>How a chart draws its values.</summary>
public enum ChartKind
{
    /// <summary>One bar per point.</summary>
    Bar,

    /// <summary>A line through the points, each marked.</summary>
    Line,
}
