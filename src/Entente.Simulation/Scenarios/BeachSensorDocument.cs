namespace Entente.Simulation.Scenarios;

/// <summary>Ground sensors at launch beaches: they detect people gathering and boats launching nearby.</summary>
internal sealed class BeachSensorDocument
{
    /// <summary>The beaches equipped (geography ids); every launch beach when empty.</summary>
    public IReadOnlyList<string> Beaches { get; set; } = [];

    public double RangeMetres { get; set; } = 1_500;

    /// <summary>Probability of detecting activity within range, per minute.</summary>
    public double DetectionProbabilityPerMinute { get; set; } = 0.5;

    public double FalseAlarmsPerHour { get; set; } = 0.1;

    public double SigmaMetres { get; set; } = 150;
}
