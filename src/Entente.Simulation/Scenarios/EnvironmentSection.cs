namespace Entente.Simulation.Scenarios;

/// <summary>Weather and water: a steady 10 m wind, visibility, sea state and the tidal stream.</summary>
internal sealed class EnvironmentSection
{
    public double WindSpeedKnots { get; init; } = 10;

    /// <summary>Where the wind blows from, degrees true.</summary>
    public double WindFromDegrees { get; init; } = 240;

    public double VisibilityNauticalMiles { get; init; } = 10;

    /// <summary>Douglas sea state, 0 to 9.</summary>
    public int SeaState { get; init; } = 2;

    public TideSection Tide { get; init; } = new();
}
