using Entente.Core.Units;

namespace Entente.Simulation.Conditions;

/// <summary>
/// An M2-like tidal stream (current) for the Strait: a rectilinear stream that floods towards <see cref="FloodDirectionDegrees"/>
/// (about 035°, up-Channel) and ebbs the opposite way, reversing every half period (about 6 h 12 min), with a
/// sinusoidal rate up to <see cref="MaxSpeedKnots"/> (about 3 knots at springs in the narrows).
/// </summary>
/// <remarks>
/// A simplification for simulation, not a tidal prediction: one constituent, one direction, the same everywhere.
/// Figures from ../shared/reference/channel.md (tidal streams of the Dover Strait).
/// </remarks>
public sealed record TidalCurrent
{
    /// <summary>The M2 period: 12 h 25 min 14 s.</summary>
    public static readonly TimeSpan M2Period = TimeSpan.FromSeconds(44_714);

    /// <summary>Creates a stream.</summary>
    /// <param name="maxSpeedKnots">The peak rate, 0 to 10 knots.</param>
    /// <param name="floodDirectionDegrees">The direction the flood sets towards, degrees true.</param>
    /// <param name="highWaterFloodPeak">A time at which the flood runs at its peak rate.</param>
    /// <param name="period">The period; the M2 period when null.</param>
    public TidalCurrent(double maxSpeedKnots, double floodDirectionDegrees, DateTimeOffset highWaterFloodPeak, TimeSpan? period = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSpeedKnots);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxSpeedKnots, 10);
        if (!double.IsFinite(floodDirectionDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(floodDirectionDegrees), floodDirectionDegrees, "The direction must be a finite number of degrees.");
        }

        var p = period ?? M2Period;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(p, TimeSpan.Zero);
        MaxSpeedKnots = maxSpeedKnots;
        FloodDirectionDegrees = UnitConversions.NormaliseBearingDegrees(floodDirectionDegrees);
        FloodPeak = highWaterFloodPeak;
        Period = p;
    }

    /// <summary>The peak rate, knots.</summary>
    public double MaxSpeedKnots { get; }

    /// <summary>The direction the flood sets towards, degrees true, 0 to 360.</summary>
    public double FloodDirectionDegrees { get; }

    /// <summary>A time of peak flood.</summary>
    public DateTimeOffset FloodPeak { get; }

    /// <summary>The period of the stream.</summary>
    public TimeSpan Period { get; }

    /// <summary>The signed rate along the flood direction at a time: positive on the flood, negative on the ebb.</summary>
    /// <param name="time">The time.</param>
    /// <returns>Knots.</returns>
    public double SignedSpeedKnots(DateTimeOffset time)
    {
        var phase = 2 * Math.PI * (time - FloodPeak).TotalSeconds / Period.TotalSeconds;
        return MaxSpeedKnots * Math.Cos(phase);
    }

    /// <summary>The stream's velocity at a time, as east and north components.</summary>
    /// <param name="time">The time.</param>
    /// <returns>East and north components, metres per second.</returns>
    public (double EastMetresPerSecond, double NorthMetresPerSecond) Velocity(DateTimeOffset time)
    {
        var speed = UnitConversions.KnotsToMetresPerSecond(SignedSpeedKnots(time));
        var direction = UnitConversions.DegreesToRadians(FloodDirectionDegrees);
        return (speed * Math.Sin(direction), speed * Math.Cos(direction));
    }
}
