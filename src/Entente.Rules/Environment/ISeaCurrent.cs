using Entente.Core.Positions;

namespace Entente.Rules.Environment;

/// <summary>The surface current the rules assume, so that a boat drifting with the tide is seen as drifting.</summary>
public interface ISeaCurrent
{
    /// <summary>The current at a place and time, true east and north components, metres per second.</summary>
    /// <param name="position">Where.</param>
    /// <param name="time">When.</param>
    /// <returns>The velocity of the water.</returns>
    (double EastMetresPerSecond, double NorthMetresPerSecond) At(GeoPosition position, DateTimeOffset time);
}
