namespace Entente.Simulation.Scenarios;

/// <summary>A scenario file as written (docs/formats/scenario.md); <see cref="ScenarioValidator"/> checks it.</summary>
internal sealed class ScenarioDocument
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Start of the simulated window, UTC.</summary>
    public DateTimeOffset? Start { get; init; }

    public double DurationHours { get; init; } = 12;

    public long Seed { get; init; } = 1;

    public double StepSeconds { get; init; } = 1;

    public double TruthIntervalSeconds { get; init; } = 10;

    public EnvironmentSection Environment { get; init; } = new();

    public TrafficSection Traffic { get; init; } = new();

    public CrossingsSection Crossings { get; init; } = new();

    public SensorsSection Sensors { get; init; } = new();
}
