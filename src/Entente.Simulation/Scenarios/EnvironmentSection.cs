namespace Entente.Simulation.Scenarios;

/// <summary>Weather and water: a steady 10 m wind, visibility, sea state and the tidal stream.</summary>
internal sealed class EnvironmentSection
{
    public double WindSpeedKnots { get; set; } = 10;

    /// <summary>Where the wind blows from, degrees true.</summary>
    public double WindFromDegrees { get; set; } = 240;

    public double VisibilityNauticalMiles { get; set; } = 10;

    /// <summary>Douglas sea state, 0 to 9.</summary>
    public int SeaState { get; set; } = 2;

    public TideSection Tide { get; set; } = new();
}
