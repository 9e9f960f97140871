namespace Entente.Simulation.Scenarios;

/// <summary>A scenario file as written (docs/formats/scenario.md); <see cref="ScenarioValidator"/> checks it.</summary>
/// <remarks>Setters, not init: the JSON source generator would otherwise reset absent fields to zero instead of their
/// defaults. Documents are not changed after validation.</remarks>
internal sealed class ScenarioDocument
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Start of the simulated window, UTC.</summary>
    public DateTimeOffset? Start { get; set; }

    public double DurationHours { get; set; } = 12;

    public long Seed { get; set; } = 1;

    public double StepSeconds { get; set; } = 1;

    public double TruthIntervalSeconds { get; set; } = 10;

    public EnvironmentSection Environment { get; set; } = new();

    public TrafficSection Traffic { get; set; } = new();

    public CrossingsSection Crossings { get; set; } = new();

    public SensorsSection Sensors { get; set; } = new();
}
