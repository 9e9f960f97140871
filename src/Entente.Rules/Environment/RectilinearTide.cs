using Entente.Core.Positions;
using Entente.Core.Units;

namespace Entente.Rules.Environment;

/// <summary>
/// The Strait's tidal stream as a tidal-stream atlas gives it to a watch floor: rectilinear along the Channel axis,
/// flooding towards the North Sea and ebbing back, varying as the cosine of the M2 phase from the time of peak flood.
/// </summary>
/// <remarks>Spring rates in the Strait reach 2.5–3 kn (Admiralty tidal stream atlas NP 250); the flood sets about
/// 035°–050° true. Immutable.</remarks>
public sealed record RectilinearTide : ISeaCurrent
{
    /// <summary>The M2 period, 12 h 25 min 14 s.</summary>
    public static readonly TimeSpan M2Period = TimeSpan.FromSeconds(44_714);

    /// <summary>Creates a stream.</summary>
    /// <param name="maxSpeedKnots">The peak rate, knots, 0 to 10.</param>
    /// <param name="floodDirectionDegrees">Where the flood sets, degrees true.</param>
    /// <param name="floodPeak">A time of peak flood.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RectilinearTide(double maxSpeedKnots, double floodDirectionDegrees, DateTimeOffset floodPeak)
    {
        if (!double.IsFinite(maxSpeedKnots) || maxSpeedKnots is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSpeedKnots), maxSpeedKnots, "The peak rate must be 0 to 10 knots.");
        }

        if (!double.IsFinite(floodDirectionDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(floodDirectionDegrees), floodDirectionDegrees, "The direction must be finite.");
        }

        MaxSpeedKnots = maxSpeedKnots;
        FloodDirectionDegrees = UnitConversions.NormaliseBearingDegrees(floodDirectionDegrees);
        FloodPeak = floodPeak;
    }

    /// <summary>The peak rate, knots.</summary>
    public double MaxSpeedKnots { get; }

    /// <summary>Where the flood sets, degrees true.</summary>
    public double FloodDirectionDegrees { get; }

    /// <summary>A time of peak flood.</summary>
    public DateTimeOffset FloodPeak { get; }

    /// <inheritdoc />
    public (double EastMetresPerSecond, double NorthMetresPerSecond) At(GeoPosition position, DateTimeOffset time)
    {
        var phase = 2 * Math.PI * (time - FloodPeak).TotalSeconds / M2Period.TotalSeconds;
        var speed = UnitConversions.KnotsToMetresPerSecond(MaxSpeedKnots * Math.Cos(phase));
        var direction = UnitConversions.DegreesToRadians(FloodDirectionDegrees);
        return (speed * Math.Sin(direction), speed * Math.Cos(direction));
    }
}
