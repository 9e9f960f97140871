using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Simulation.Output;
using Entente.Simulation.Randomness;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;

namespace Entente.Simulation.Sensors;

/// <summary>
/// The sensor of a surveillance aircraft or drone: while on station it looks at regular intervals and may see each small
/// boat or group of people in the water inside its footprint, reporting a position, a head count and the motion.
/// </summary>
internal sealed class AerialPatrol : ISensorModel
{
    // Below a nautical mile of visibility (fog, heavy rain) the crew and the electro-optical sensors miss far more: a
    // simple halving of the detection probability rather than a visibility curve nobody could calibrate.
    private const double PoorVisibilityNauticalMiles = 1;
    private const double PoorVisibilityFactor = 0.5;

    // Motion read from successive frames is good to about half a knot and a few degrees.
    private const double SigmaSpeedKnots = 0.5;
    private const double SigmaCourseDegrees = 5;

    // Below this speed a course means nothing, so none is reported.
    private const double MinimumCourseSpeedKnots = 0.5;

    private readonly AircraftDocument _document;
    private readonly SimulationRandom _random;
    private readonly long _lookTicks;

    /// <param name="aircraft">The aircraft in the world.</param>
    /// <param name="orbit">Where it flies.</param>
    /// <param name="document">Its parameters.</param>
    /// <param name="random">The sensor's own stream.</param>
    public AerialPatrol(SimObject aircraft, AircraftOrbit orbit, AircraftDocument document, SimulationRandom random)
    {
        Aircraft = aircraft;
        Orbit = orbit;
        _document = document;
        _random = random;
        _lookTicks = Math.Max(1, (long)Math.Round(document.LookIntervalSeconds * TimeSpan.TicksPerSecond));
    }

    public string Id => Aircraft.Id;

    public SimObject Aircraft { get; }

    public AircraftOrbit Orbit { get; }

    public IEnumerable<SensorSite> Sites =>
        [new(Id, "aircraft", GeoPosition.FromDegrees(_document.OrbitCentre!.Lat, _document.OrbitCentre.Lon),
            _document.OrbitRadiusMetres + _document.FootprintRadiusMetres)];

    /// <summary>Creates the aircraft of a scenario entry, adds it to the world, and returns its sensor.</summary>
    public static AerialPatrol Create(SimulationWorld world, AircraftDocument document)
    {
        var id = document.Id!;
        var centre = ChannelProjection.Project(GeoPosition.FromDegrees(document.OrbitCentre!.Lat, document.OrbitCentre.Lon));
        var start = world.Scenario.Start;
        var orbit = new AircraftOrbit(centre, document.OrbitRadiusMetres, UnitConversions.KnotsToMetresPerSecond(document.SpeedKnots),
            start + TimeSpan.FromMinutes(document.OnStationMinutes), start + TimeSpan.FromMinutes(document.OffStationMinutes),
            world.Random.Fork("aircraft:" + id).Uniform(0, 360));
        var aircraft = new SimObject(id, ObjectKind.Aircraft, centre.EastingMetres, centre.NorthingMetres)
        {
            Name = document.Name,
            HeightMetres = document.AltitudeMetres,
            State = orbit.IsOnStation(start) ? ObjectState.Underway : ObjectState.Ashore,
            Behaviour = orbit,
        };
        world.Add(aircraft);
        return new AerialPatrol(aircraft, orbit, document, world.Random.Fork("aerial:" + id));
    }

    public void Observe(SimulationWorld world, StepOutput output)
    {
        var stepEnd = world.Time + TimeSpan.FromTicks((long)Math.Round(world.StepSeconds * TimeSpan.TicksPerSecond));
        // Looks fall at on-station + k · interval: the first one at or after the start of this step.
        var sinceOn = (world.Time - Orbit.OnStation).Ticks;
        var k = sinceOn <= 0 ? 0 : (sinceOn + _lookTicks - 1) / _lookTicks;
        for (var look = Orbit.OnStation + TimeSpan.FromTicks(k * _lookTicks); look < stepEnd && look < Orbit.OffStation;
             look += TimeSpan.FromTicks(_lookTicks))
        {
            Look(world, output, look);
        }
    }

    private void Look(SimulationWorld world, StepOutput output, DateTimeOffset time)
    {
        var tau = (time - world.Time).Ticks / (double)TimeSpan.TicksPerSecond;
        var aircraft = Orbit.PointAt(time);
        var probability = _document.DetectionProbability *
            (world.Environment.VisibilityNauticalMiles < PoorVisibilityNauticalMiles ? PoorVisibilityFactor : 1);
        var objects = world.Objects;
        for (var i = 0; i < objects.Count; i++)
        {
            var target = objects[i];
            if (target.Kind is not (ObjectKind.SmallBoat or ObjectKind.PeopleInWater) || target.Removed || !target.AtSea)
            {
                continue;
            }

            var point = target.PointAfter(tau);
            if (point.PlanarDistanceMetres(aircraft) > _document.FootprintRadiusMetres || !_random.Chance(probability))
            {
                continue;
            }

            // Grid metres stand for metres on the ground: the projection's scale differs from 1 by less than 1e-4 here.
            var seen = new ProjectedPoint(_random.Gaussian(point.EastingMetres, _document.SigmaMetres),
                _random.Gaussian(point.NorthingMetres, _document.SigmaMetres));
            var people = Math.Max(0, (int)Math.Round(target.People * (1 + _random.Gaussian(0, _document.PeopleCountSigmaFraction)),
                MidpointRounding.AwayFromZero));
            var trueSpeed = target.SpeedKnots;
            var speed = Math.Max(0, _random.Gaussian(trueSpeed, SigmaSpeedKnots));
            double? course = trueSpeed >= MinimumCourseSpeedKnots
                ? UnitConversions.NormaliseBearingDegrees(_random.Gaussian(target.CourseDegrees, SigmaCourseDegrees))
                : null;
            output.Add(DetectionRecord.AtPosition(time, Id, DetectionKind.Aerial, ChannelProjection.Unproject(seen), _document.SigmaMetres) with
            {
                People = people,
                SpeedKnots = speed,
                CourseDegrees = course,
                TruthId = target.Id,
            });
        }
    }
}
