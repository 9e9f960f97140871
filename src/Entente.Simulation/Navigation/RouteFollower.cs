using Entente.Core.Units;
using Entente.Simulation.World;

namespace Entente.Simulation.Navigation;

/// <summary>
/// Follows a route at a speed through the water, keeping a fixed sideways offset from its line; the tidal stream along
/// the track adds to or takes from the speed over ground, as it does for a ship keeping to its lane. Leaves the world
/// at the route's end.
/// </summary>
internal sealed class RouteFollower : IObjectBehaviour
{
    // Within this distance of a waypoint a ship is turning onto the next leg (AIS then reports faster).
    private const double TurnZoneMetres = 600;
    private const double LookAheadSeconds = 60;
    private const double ArrivalMetres = 30;

    private readonly Route _route;
    private readonly double _speedMetresPerSecond;
    private readonly double _offsetMetres;
    private double _alongMetres;

    public RouteFollower(Route route, double speedKnots, double offsetMetres, double startAlongMetres = 0)
    {
        _route = route;
        _speedMetresPerSecond = UnitConversions.KnotsToMetresPerSecond(speedKnots);
        _offsetMetres = offsetMetres;
        _alongMetres = startAlongMetres;
    }

    /// <summary>Called when the route is done; the default removes the object.</summary>
    public Action<SimObject, SimulationWorld>? Arrived { get; init; }

    /// <summary>Puts the object where the route says it is now.</summary>
    public void Place(SimObject self)
    {
        var p = _route.PointAt(_alongMetres, _offsetMetres);
        self.XMetres = p.EastingMetres;
        self.YMetres = p.NorthingMetres;
        self.HeadingGridDegrees = _route.GridBearingAt(_alongMetres);
    }

    public void Steer(SimObject self, SimulationWorld world)
    {
        // A ship leaving the area goes on at full speed; one that berths (a ferry) slows to stop at the route's end.
        var berths = Arrived is not null;
        if (_alongMetres >= _route.LengthMetres && (!berths || self.Point.PlanarDistanceMetres(_route.End) <= ArrivalMetres))
        {
            self.Stop();
            if (Arrived is { } arrived)
            {
                arrived(self, world);
            }
            else
            {
                self.State = ObjectState.Departed;
                self.Removed = true;
            }

            return;
        }

        var bearing = _route.GridBearingAt(_alongMetres);
        var radians = UnitConversions.DegreesToRadians(bearing);
        var (currentEast, currentNorth) = world.Environment.CurrentGrid(world.Time, self.XMetres, self.YMetres);
        var alongCurrent = (currentEast * Math.Sin(radians)) + (currentNorth * Math.Cos(radians));
        var speed = Math.Max(0.5, _speedMetresPerSecond + alongCurrent);
        var step = speed * world.StepSeconds;

        // Pursue a point a minute ahead on the offset line: the ship keeps its speed and rounds each turn smoothly
        // instead of jumping from one leg's offset line to the next.
        var aheadMetres = _alongMetres + (speed * LookAheadSeconds);
        var closing = berths && aheadMetres >= _route.LengthMetres;
        var target = closing ? _route.End : _route.PointAt(Math.Min(aheadMetres, _route.LengthMetres), _offsetMetres);
        var dx = target.EastingMetres - self.XMetres;
        var dy = target.NorthingMetres - self.YMetres;
        var distance = Math.Sqrt((dx * dx) + (dy * dy));
        var scale = distance <= 0 ? 0 : (closing ? Math.Min(speed, distance / world.StepSeconds) : speed) / distance;
        self.VelocityEastMetresPerSecond = dx * scale;
        self.VelocityNorthMetresPerSecond = dy * scale;
        bearing = distance <= 0 ? bearing : Route.Bearing(self.Point, target);
        var previous = self.HeadingGridDegrees ?? bearing;
        self.HeadingGridDegrees = bearing;
        self.Turning = _route.MetresToNextWaypoint(_alongMetres) < TurnZoneMetres || Math.Abs(AngleDifference(previous, bearing)) > 0.5;
        self.State = ObjectState.Underway;
        _alongMetres += step;
    }

    private static double AngleDifference(double a, double b) => ((b - a + 540) % 360) - 180;
}
