using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Simulation.World;

namespace Entente.Simulation.Sensors;

/// <summary>
/// Flies a surveillance aircraft clockwise round a circular orbit while it is on station. Before that it waits at the
/// orbit centre (ashore, unseen); at the end of its time on station it leaves and is removed.
/// </summary>
internal sealed class AircraftOrbit : IObjectBehaviour
{
    private readonly ProjectedPoint _centre;
    private readonly double _radiusMetres;
    private readonly double _degreesPerSecond;
    private readonly double _startAngleDegrees;

    /// <param name="centre">The orbit's centre.</param>
    /// <param name="radiusMetres">The orbit's radius.</param>
    /// <param name="speedMetresPerSecond">Ground speed along the orbit.</param>
    /// <param name="onStation">When the orbit begins.</param>
    /// <param name="offStation">When the aircraft leaves.</param>
    /// <param name="startAngleDegrees">Where on the orbit it begins, grid degrees from the centre.</param>
    public AircraftOrbit(ProjectedPoint centre, double radiusMetres, double speedMetresPerSecond, DateTimeOffset onStation,
        DateTimeOffset offStation, double startAngleDegrees)
    {
        _centre = centre;
        _radiusMetres = radiusMetres;
        _degreesPerSecond = UnitConversions.RadiansToDegrees(speedMetresPerSecond / radiusMetres);
        _startAngleDegrees = startAngleDegrees;
        OnStation = onStation;
        OffStation = offStation;
    }

    public DateTimeOffset OnStation { get; }

    public DateTimeOffset OffStation { get; }

    public bool IsOnStation(DateTimeOffset time) => time >= OnStation && time < OffStation;

    /// <summary>The aircraft's ground position at a time: on the orbit while on station, else the orbit centre.</summary>
    public ProjectedPoint PointAt(DateTimeOffset time) =>
        IsOnStation(time) ? OrbitPoint((time - OnStation).Ticks / (double)TimeSpan.TicksPerSecond) : _centre;

    public void Steer(SimObject self, SimulationWorld world)
    {
        var now = world.Time;
        if (!IsOnStation(now))
        {
            self.XMetres = _centre.EastingMetres;
            self.YMetres = _centre.NorthingMetres;
            self.Stop();
            self.HeadingGridDegrees = null;
            self.State = now < OnStation ? ObjectState.Ashore : ObjectState.Departed;
            self.Removed = now >= OffStation;
            return;
        }

        // Place it on the circle and fly the chord to the next step's point, so that positions within the step stay
        // within centimetres of the circle.
        var seconds = (now - OnStation).Ticks / (double)TimeSpan.TicksPerSecond;
        var here = OrbitPoint(seconds);
        var next = OrbitPoint(seconds + world.StepSeconds);
        self.State = ObjectState.Underway;
        self.XMetres = here.EastingMetres;
        self.YMetres = here.NorthingMetres;
        self.VelocityEastMetresPerSecond = (next.EastingMetres - here.EastingMetres) / world.StepSeconds;
        self.VelocityNorthMetresPerSecond = (next.NorthingMetres - here.NorthingMetres) / world.StepSeconds;
        self.HeadingGridDegrees = UnitConversions.NormaliseBearingDegrees(_startAngleDegrees + (_degreesPerSecond * seconds) + 90);
    }

    private ProjectedPoint OrbitPoint(double secondsOnStation)
    {
        var angle = UnitConversions.DegreesToRadians(_startAngleDegrees + (_degreesPerSecond * secondsOnStation));
        return new(_centre.EastingMetres + (_radiusMetres * Math.Sin(angle)), _centre.NorthingMetres + (_radiusMetres * Math.Cos(angle)));
    }
}
