using Entente.Core.Units;

namespace Entente.Simulation.Conditions;

/// <summary>
/// The weather and water of a scenario: a steady 10 m wind, visibility, sea state and the tidal stream. Vectors are
/// returned in the Channel projection's grid frame, since that is where objects move.
/// </summary>
internal sealed class SeaEnvironment
{
    private const double EarthRadiusMetres = 6_371_000;
    private static readonly double OriginLatitudeRadians = UnitConversions.DegreesToRadians(50.5);

    public SeaEnvironment(double windSpeedKnots, double windFromDegrees, double visibilityNauticalMiles, int seaState, TidalCurrent tide)
    {
        WindSpeedKnots = windSpeedKnots;
        WindFromDegrees = UnitConversions.NormaliseBearingDegrees(windFromDegrees);
        VisibilityNauticalMiles = visibilityNauticalMiles;
        SeaState = seaState;
        Tide = tide;
    }

    public double WindSpeedKnots { get; }

    /// <summary>Where the wind blows from, degrees true (meteorological convention).</summary>
    public double WindFromDegrees { get; }

    public double VisibilityNauticalMiles { get; }

    /// <summary>Douglas sea state, 0 (calm) to 9.</summary>
    public int SeaState { get; }

    public TidalCurrent Tide { get; }

    public double WindSpeedMetresPerSecond => UnitConversions.KnotsToMetresPerSecond(WindSpeedKnots);

    /// <summary>The direction the wind blows towards, degrees true.</summary>
    public double DownwindDegrees => UnitConversions.NormaliseBearingDegrees(WindFromDegrees + 180);

    /// <summary>The tidal stream at a time and place, grid east and north, m/s.</summary>
    public (double East, double North) CurrentGrid(DateTimeOffset time, double xMetres, double yMetres)
    {
        var (east, north) = Tide.Velocity(time);
        return Rotate(east, north, -ConvergenceRadians(xMetres, yMetres));
    }

    /// <summary>Turns a true-north vector into the grid frame at a place.</summary>
    public static (double East, double North) TrueToGrid(double east, double north, double xMetres, double yMetres) =>
        Rotate(east, north, -ConvergenceRadians(xMetres, yMetres));

    /// <summary>The grid bearing of a true bearing at a place, degrees.</summary>
    public static double TrueToGridBearing(double trueDegrees, double xMetres, double yMetres) =>
        UnitConversions.NormaliseBearingDegrees(trueDegrees - UnitConversions.RadiansToDegrees(ConvergenceRadians(xMetres, yMetres)));

    // Meridian convergence, spherical approximation (good to about 0.01° over the Strait): enough to steer and drift by.
    private static double ConvergenceRadians(double xMetres, double yMetres)
    {
        var latitude = OriginLatitudeRadians + (yMetres / EarthRadiusMetres);
        return xMetres * Math.Tan(latitude) / EarthRadiusMetres;
    }

    // Rotates a vector clockwise by an angle (bearing convention).
    private static (double East, double North) Rotate(double east, double north, double clockwiseRadians)
    {
        var c = Math.Cos(clockwiseRadians);
        var s = Math.Sin(clockwiseRadians);
        return ((east * c) + (north * s), (north * c) - (east * s));
    }
}
