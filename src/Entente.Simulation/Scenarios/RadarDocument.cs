namespace Entente.Simulation.Scenarios;

/// <summary>A coastal surveillance radar and its error model.</summary>
internal sealed class RadarDocument
{
    public string? Id { get; init; }

    /// <summary>The radar site (geography id, kind radar-site), or use <see cref="Position"/>.</summary>
    public string? Site { get; init; }

    public PositionDocument? Position { get; init; }

    public double AntennaHeightMetres { get; init; } = 100;

    public double ScanPeriodSeconds { get; init; } = 3;

    public double SigmaRangeMetres { get; init; } = 20;

    public double SigmaBearingDegrees { get; init; } = 0.3;

    public double MaxRangeMetres { get; init; } = 45_000;

    /// <summary>Range at which a target of <see cref="ReferenceRcsSquareMetres"/> is detected with
    /// <see cref="ReferenceDetectionProbability"/> in calm sea.</summary>
    public double ReferenceRangeMetres { get; init; } = 20_000;

    public double ReferenceRcsSquareMetres { get; init; } = 1;

    public double ReferenceDetectionProbability { get; init; } = 0.8;

    /// <summary>Probability of a false alarm per resolution cell (sets the detection threshold).</summary>
    public double FalseAlarmProbability { get; init; } = 1e-6;

    /// <summary>Mean number of clutter plots per scan at sea state 1; grows with sea state.</summary>
    public double ClutterPlotsPerScan { get; init; } = 0.5;

    /// <summary>Sea clutter extends to this range.</summary>
    public double ClutterRangeMetres { get; init; } = 12_000;
}
