namespace Entente.Simulation.Scenarios;

/// <summary>A coastal surveillance radar and its error model.</summary>
internal sealed class RadarDocument
{
    public string? Id { get; set; }

    /// <summary>The radar site (geography id, kind radar-site), or use <see cref="Position"/>.</summary>
    public string? Site { get; set; }

    public PositionDocument? Position { get; set; }

    public double AntennaHeightMetres { get; set; } = 100;

    public double ScanPeriodSeconds { get; set; } = 3;

    public double SigmaRangeMetres { get; set; } = 20;

    public double SigmaBearingDegrees { get; set; } = 0.3;

    public double MaxRangeMetres { get; set; } = 45_000;

    /// <summary>Range at which a target of <see cref="ReferenceRcsSquareMetres"/> is detected with
    /// <see cref="ReferenceDetectionProbability"/> in calm sea.</summary>
    public double ReferenceRangeMetres { get; set; } = 20_000;

    public double ReferenceRcsSquareMetres { get; set; } = 1;

    public double ReferenceDetectionProbability { get; set; } = 0.8;

    /// <summary>Probability of a false alarm per resolution cell (sets the detection threshold).</summary>
    public double FalseAlarmProbability { get; set; } = 1e-6;

    /// <summary>Mean number of clutter plots per scan at sea state 1; grows with sea state.</summary>
    public double ClutterPlotsPerScan { get; set; } = 0.5;

    /// <summary>Sea clutter extends to this range.</summary>
    public double ClutterRangeMetres { get; set; } = 12_000;
}
