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
        if (_alongMetres >= _route.LengthMetres)
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

        // Aim at where the ship should be at the end of the step, so that it stays on its line through the turns.
        var target = _route.PointAt(Math.Min(_alongMetres + step, _route.LengthMetres), _offsetMetres);
        var dx = target.EastingMetres - self.XMetres;
        var dy = target.NorthingMetres - self.YMetres;
        var seconds = world.StepSeconds;

        // At a turn the offset line jumps to the next leg's; the ship closes on it at no more than a tenth over its
        // speed instead of jumping with it.
        var distance = Math.Sqrt((dx * dx) + (dy * dy));
        var scale = distance <= 0 ? 0 : Math.Min(distance / seconds, speed * 1.1) / distance;
        self.VelocityEastMetresPerSecond = dx * scale;
        self.VelocityNorthMetresPerSecond = dy * scale;
        var previous = self.HeadingGridDegrees ?? bearing;
        self.HeadingGridDegrees = bearing;
        self.Turning = _route.MetresToNextWaypoint(_alongMetres) < TurnZoneMetres || Math.Abs(AngleDifference(previous, bearing)) > 1;
        self.State = ObjectState.Underway;
        _alongMetres += step;
    }

    private static double AngleDifference(double a, double b) => ((b - a + 540) % 360) - 180;
}
