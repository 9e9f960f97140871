using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Simulation.Navigation;
using Entente.Simulation.Randomness;
using Entente.Simulation.World;

namespace Entente.Simulation.Traffic;

/// <summary>
/// A vessel trawling a ground: long slow tows on one heading, turns between them, and stops to haul; it turns back
/// towards the ground's centre when it strays.
/// </summary>
internal sealed class FishingBehaviour : IObjectBehaviour
{
    private readonly SimulationRandom _random;
    private readonly ProjectedPoint _centre;
    private double _headingDegrees;
    private double _speedKnots;
    private DateTimeOffset _nextChange;

    public FishingBehaviour(SimulationRandom random, ProjectedPoint centre)
    {
        _random = random;
        _centre = centre;
        _headingDegrees = random.Uniform(0, 360);
    }

    public void Steer(SimObject self, SimulationWorld world)
    {
        var turned = false;
        if (world.Time >= _nextChange)
        {
            var hauling = _random.Chance(0.15);
            _speedKnots = hauling ? 0 : _random.Uniform(2.5, 4.0);
            var away = self.Point.PlanarDistanceMetres(_centre) > FishingGrounds.RadiusMetres;
            _headingDegrees = away ? Route.Bearing(self.Point, _centre) : UnitConversions.NormaliseBearingDegrees(_headingDegrees + _random.Uniform(90, 270));
            _nextChange = world.Time + TimeSpan.FromMinutes(hauling ? _random.Uniform(10, 25) : _random.Uniform(20, 60));
            turned = true;
        }

        self.State = _speedKnots > 0 ? ObjectState.Underway : ObjectState.Stopped;
        self.Turning = turned;
        self.HeadingGridDegrees = _headingDegrees;
        var (currentEast, currentNorth) = world.Environment.CurrentGrid(world.Time, self.XMetres, self.YMetres);
        self.SetVelocity(_headingDegrees, UnitConversions.KnotsToMetresPerSecond(_speedKnots));

        // Hauling or towing, the vessel is carried by the stream like everything else.
        self.VelocityEastMetresPerSecond += currentEast;
        self.VelocityNorthMetresPerSecond += currentNorth;
    }
}
