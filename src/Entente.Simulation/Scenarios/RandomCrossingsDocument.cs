namespace Entente.Simulation.Scenarios;

/// <summary>How to draw random crossings: how many, when, from where, and how likely each kind of trouble is.</summary>
internal sealed class RandomCrossingsDocument
{
    public int Count { get; set; }

    /// <summary>Launch times, minutes after the start.</summary>
    public RangeDocument LaunchMinutes { get; set; } = new(60, 480);

    /// <summary>Launch beaches (geography ids); all launch beaches when empty.</summary>
    public IReadOnlyList<string> Beaches { get; set; } = [];

    /// <summary>Landing places (geography ids); all landings when empty.</summary>
    public IReadOnlyList<string> Landings { get; set; } = [];

    public RangeDocument People { get; set; } = new(30, 70);

    public RangeDocument SpeedKnots { get; set; } = new(4, 8);

    public double EngineFailureProbability { get; set; } = 0.1;

    public double SwampingProbability { get; set; } = 0.05;

    /// <summary>Probability that a swamped boat then capsizes.</summary>
    public double CapsizeProbability { get; set; } = 0.2;

    public double TaxiProbability { get; set; }

    public double PreventedProbability { get; set; } = 0.1;

    /// <summary>Probability that a boat reaching UK waters is met and its people taken aboard by a patrol vessel.</summary>
    public double InterceptionProbability { get; set; } = 0.6;

    /// <summary>Minutes from the start of distress to a rescue asset being tasked.</summary>
    public RangeDocument RescueDelayMinutes { get; set; } = new(10, 40);
}
