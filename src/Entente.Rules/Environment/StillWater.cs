using Entente.Core.Positions;

namespace Entente.Rules.Environment;

/// <summary>No current: speeds through the water are speeds over the ground. The fallback when no tidal prediction is
/// configured.</summary>
public sealed class StillWater : ISeaCurrent
{
    /// <summary>The one instance.</summary>
    public static StillWater Instance { get; } = new();

    private StillWater()
    {
    }

    /// <inheritdoc />
    public (double EastMetresPerSecond, double NorthMetresPerSecond) At(GeoPosition position, DateTimeOffset time) => (0, 0);
}
