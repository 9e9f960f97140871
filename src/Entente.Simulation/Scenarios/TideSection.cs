namespace Entente.Simulation.Scenarios;

/// <summary>The M2-like tidal stream: peak rate, flood direction, and a time of peak flood.</summary>
internal sealed class TideSection
{
    public double MaxSpeedKnots { get; set; } = 2.8;

    public double FloodDirectionDegrees { get; set; } = 35;

    /// <summary>A time of peak flood; two hours after the start when absent.</summary>
    public DateTimeOffset? FloodPeak { get; set; }
}
