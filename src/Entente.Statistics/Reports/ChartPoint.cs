namespace Entente.Statistics.Reports;

/// <summary>One value of a chart and its label on the x axis.</summary>
/// <param name="Label">The label, e.g. "2026-08" or "beach-wissant".</param>
/// <param name="Value">The value.</param>
public sealed record ChartPoint(string Label, double Value);
