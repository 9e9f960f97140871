namespace Entente.Simulation.Scenarios;

/// <summary>How to draw random crossings: how many, when, from where, and how likely each kind of trouble is.</summary>
internal sealed class RandomCrossingsDocument
{
    public int Count { get; init; }

    /// <summary>Launch times, minutes after the start.</summary>
    public RangeDocument LaunchMinutes { get; init; } = new(60, 480);

    /// <summary>Launch beaches (geography ids); all launch beaches when empty.</summary>
    public IReadOnlyList<string> Beaches { get; init; } = [];

    /// <summary>Landing places (geography ids); all landings when empty.</summary>
    public IReadOnlyList<string> Landings { get; init; } = [];

    public RangeDocument People { get; init; } = new(30, 70);

    public RangeDocument SpeedKnots { get; init; } = new(4, 8);

    public double EngineFailureProbability { get; init; } = 0.1;

    public double SwampingProbability { get; init; } = 0.05;

    /// <summary>Probability that a swamped boat then capsizes.</summary>
    public double CapsizeProbability { get; init; } = 0.2;

    public double TaxiProbability { get; init; }

    public double PreventedProbability { get; init; } = 0.1;

    /// <summary>Probability that a boat reaching UK waters is met and its people taken aboard by a patrol vessel.</summary>
    public double InterceptionProbability { get; init; } = 0.6;

    /// <summary>Minutes from the start of distress to a rescue asset being tasked.</summary>
    public RangeDocument RescueDelayMinutes { get; init; } = new(10, 40);
}
