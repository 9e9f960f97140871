namespace Entente.Simulation.Scenarios;

/// <summary>How the ends of crossings are reported: a rescue or patrol vessel reporting people taken aboard, forces on a
/// beach reporting a launch stopped, Border Force counting a landing; each a while after it happened.</summary>
internal sealed class OutcomeReportsDocument
{
    /// <summary>Whether outcomes are reported at all; on by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Minutes from the outcome to its report.</summary>
    public RangeDocument DelayMinutes { get; set; } = new(2, 8);

    /// <summary>One-sigma error of the reported position, metres (a vessel's or a patrol's GPS).</summary>
    public double SigmaMetres { get; set; } = 50;
}
