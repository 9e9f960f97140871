namespace Entente.Simulation.Scenarios;

/// <summary>The top-level values a caller may change on a validated scenario (seed, window); the rest is shared.</summary>
internal sealed class ScenarioDocumentOverrides(ScenarioDocument original)
{
    public long Seed { get; init; } = original.Seed;

    public DateTimeOffset? Start { get; init; } = original.Start;

    public double DurationHours { get; init; } = original.DurationHours;

    public ScenarioDocument Apply()
    {
        var tideShift = Start - original.Start;
        var tide = original.Environment.Tide;
        return new ScenarioDocument
        {
            Name = original.Name,
            Description = original.Description,
            Start = Start,
            DurationHours = DurationHours,
            Seed = Seed,
            StepSeconds = original.StepSeconds,
            TruthIntervalSeconds = original.TruthIntervalSeconds,
            Environment = new EnvironmentSection
            {
                WindSpeedKnots = original.Environment.WindSpeedKnots,
                WindFromDegrees = original.Environment.WindFromDegrees,
                VisibilityNauticalMiles = original.Environment.VisibilityNauticalMiles,
                SeaState = original.Environment.SeaState,
                Tide = new TideSection
                {
                    MaxSpeedKnots = tide.MaxSpeedKnots,
                    FloodDirectionDegrees = tide.FloodDirectionDegrees,
                    FloodPeak = tide.FloodPeak + tideShift,
                },
            },
            Traffic = original.Traffic,
            Crossings = original.Crossings,
            Sensors = original.Sensors,
        };
    }
}
