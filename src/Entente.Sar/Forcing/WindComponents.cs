using Entente.Core.Units;

namespace Entente.Sar.Forcing;

/// <summary>Conversions between a wind's speed and meteorological direction and its east and north components.</summary>
public static class WindComponents
{
    /// <summary>The components of a wind blowing from a direction: a wind from 270° blows toward the east.</summary>
    /// <param name="speedMetresPerSecond">Speed, m/s.</param>
    /// <param name="fromDegrees">Where it blows from, degrees true.</param>
    /// <returns>East and north components, m/s.</returns>
    public static (double EastMetresPerSecond, double NorthMetresPerSecond) FromSpeedAndDirection(double speedMetresPerSecond, double fromDegrees)
    {
        var toward = UnitConversions.DegreesToRadians(fromDegrees + 180);
        return (speedMetresPerSecond * Math.Sin(toward), speedMetresPerSecond * Math.Cos(toward));
    }
}
