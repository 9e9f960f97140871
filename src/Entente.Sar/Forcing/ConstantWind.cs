using System.Globalization;
using Entente.Core.Units;

namespace Entente.Sar.Forcing;

/// <summary>The same 10 m wind everywhere and always.</summary>
/// <remarks>Immutable. The direction is meteorological: where the wind blows from.</remarks>
public sealed class ConstantWind : IVectorField
{
    private readonly double _east;
    private readonly double _north;

    /// <summary>Creates the wind.</summary>
    /// <param name="speedMetresPerSecond">U10, m/s, 0 to 75.</param>
    /// <param name="fromDegrees">Where it blows from, degrees true.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ConstantWind(double speedMetresPerSecond, double fromDegrees)
    {
        if (!double.IsFinite(speedMetresPerSecond) || speedMetresPerSecond is < 0 or > 75)
        {
            throw new ArgumentOutOfRangeException(nameof(speedMetresPerSecond), speedMetresPerSecond, "The wind speed must be 0 to 75 m/s.");
        }

        if (!double.IsFinite(fromDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(fromDegrees), fromDegrees, "The wind direction must be finite.");
        }

        SpeedMetresPerSecond = speedMetresPerSecond;
        FromDegrees = UnitConversions.NormaliseBearingDegrees(fromDegrees);
        (_east, _north) = WindComponents.FromSpeedAndDirection(speedMetresPerSecond, FromDegrees);
    }

    /// <summary>U10, m/s.</summary>
    public double SpeedMetresPerSecond { get; }

    /// <summary>Where it blows from, degrees true.</summary>
    public double FromDegrees { get; }

    /// <inheritdoc />
    public string Description => string.Create(CultureInfo.InvariantCulture, $"constant wind {SpeedMetresPerSecond:0.0} m/s from {FromDegrees:000}°");

    /// <inheritdoc />
    public void Sample(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres,
        Span<double> eastMetresPerSecond, Span<double> northMetresPerSecond)
    {
        eastMetresPerSecond[..eastingsMetres.Length].Fill(_east);
        northMetresPerSecond[..eastingsMetres.Length].Fill(_north);
    }

    /// <inheritdoc />
    public void EnsureCovers(DateTimeOffset first, DateTimeOffset last, ProjectedArea area)
    {
    }
}
