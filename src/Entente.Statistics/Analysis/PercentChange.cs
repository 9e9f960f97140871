namespace Entente.Statistics.Analysis;

/// <summary>Change from one value to another, in percent of the first.</summary>
public static class PercentChange
{
    /// <summary>(current − previous) / previous × 100, or null when previous is zero.</summary>
    /// <param name="previous">The earlier value.</param>
    /// <param name="current">The later value.</param>
    /// <returns>The change in percent.</returns>
    public static double? Between(double previous, double current) =>
        previous == 0 ? null : (current - previous) / previous * 100.0;
}
