using Entente.Simulation.Randomness;

namespace Entente.Simulation.Sensors;

/// <summary>One ship's transponder schedule. Times are seconds since the scenario start, kept exact (not rounded to steps)
/// so that an interval such as 3⅓ s averages out right over a run.</summary>
internal sealed class AisTransponderState
{
    public AisTransponderState(SimulationRandom random)
    {
        Random = random;
    }

    /// <summary>This ship's own stream, for its random first offsets.</summary>
    public SimulationRandom Random { get; }

    /// <summary>The scheduled time of the first position report, a random share of the first interval after first seen.</summary>
    public double FirstPositionSeconds { get; set; }

    /// <summary>The scheduled time of the last position report sent, or null before the first.</summary>
    public double? LastPositionSeconds { get; set; }

    public double NextStaticSeconds { get; set; }

    /// <summary>Messages sent so far; its parity picks the channel, alternating A and B.</summary>
    public long Transmissions { get; set; }

    /// <summary>Heading (or course) at the previous step and when, for the rate of turn.</summary>
    public double? PreviousHeadingDegrees { get; set; }

    public double PreviousHeadingSeconds { get; set; }

    /// <summary>The rate of turn over the last step, degrees per minute to starboard, or null when not known yet.</summary>
    public double? RateOfTurnDegreesPerMinute { get; set; }
}
