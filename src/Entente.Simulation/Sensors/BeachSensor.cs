using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Geo.Features;
using Entente.Simulation.Output;
using Entente.Simulation.Randomness;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;

namespace Entente.Simulation.Sensors;

/// <summary>
/// A ground sensor (cameras, patrols on the dunes) at a launch beach: it notices small boats being readied with their
/// people on the beach, or just off it, with a probability per minute, and raises occasional false alarms.
/// </summary>
internal sealed class BeachSensor : ISensorModel
{
    // A count of people on a dark beach is rough: the estimate is the true count give or take up to 30%.
    private const double PeopleEstimateFraction = 0.3;

    private readonly BeachSensorDocument _document;
    private readonly SimulationRandom _random;
    private readonly ProjectedPoint _point;
    private readonly double _stepProbability;
    private readonly double _falseAlarmsPerStep;

    /// <param name="beachId">The beach's geography id.</param>
    /// <param name="position">Where the sensor is.</param>
    /// <param name="document">Its parameters.</param>
    /// <param name="stepSeconds">The simulation step.</param>
    /// <param name="random">The sensor's own stream.</param>
    public BeachSensor(string beachId, GeoPosition position, BeachSensorDocument document, double stepSeconds, SimulationRandom random)
    {
        Id = "ground-" + beachId;
        Position = position;
        _document = document;
        _random = random;
        _point = ChannelProjection.Project(position);
        // Independent chances per step that compound to the configured chance per minute: 1 - (1 - p)^(step / 60 s).
        _stepProbability = 1 - Math.Pow(1 - document.DetectionProbabilityPerMinute, stepSeconds / 60);
        _falseAlarmsPerStep = document.FalseAlarmsPerHour * stepSeconds / UnitConversions.SecondsPerHour;
    }

    public string Id { get; }

    public GeoPosition Position { get; }

    public IEnumerable<SensorSite> Sites => [new(Id, "beach", Position, _document.RangeMetres)];

    /// <summary>Adds a sensor for each beach of each scenario entry (every launch beach when an entry lists none).</summary>
    /// <exception cref="ScenarioException">A beach is unknown, or has two sensors.</exception>
    public static void CreateAll(SimulationWorld world, List<ISensorModel> sensors)
    {
        var documents = world.Scenario.Document.Sensors.BeachSensors;
        var equipped = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var beaches = document.Beaches.Count > 0
                ? document.Beaches
                : world.Places(FeatureKind.LaunchBeach).Select(f => f.Id).ToList();
            for (var j = 0; j < beaches.Count; j++)
            {
                var path = $"$.sensors.beachSensors[{i}].beaches[{j}]";
                var position = world.PlacePosition(beaches[j], path);
                if (!equipped.Add(beaches[j]))
                {
                    throw new ScenarioException($"{world.Scenario.Name}: {path}: the beach '{beaches[j]}' already has a sensor.");
                }

                var id = "ground-" + beaches[j];
                sensors.Add(new BeachSensor(beaches[j], position, document, world.StepSeconds, world.Random.Fork("ground:" + id)));
            }
        }
    }

    public void Observe(SimulationWorld world, StepOutput output)
    {
        var objects = world.Objects;
        for (var i = 0; i < objects.Count; i++)
        {
            var boat = objects[i];
            var ashore = boat.State == ObjectState.Ashore;
            if (boat.Kind != ObjectKind.SmallBoat || boat.Removed || !(ashore || boat.AtSea) ||
                _point.PlanarDistanceMetres(boat.Point) > _document.RangeMetres || !_random.Chance(_stepProbability))
            {
                continue;
            }

            var tau = _random.Uniform(0, world.StepSeconds);
            var seen = Blur(boat.PointAfter(tau));
            // People are counted on the beach; once afloat in the dark only the boat is seen.
            int? people = ashore
                ? Math.Max(0, (int)Math.Round(boat.People * (1 + _random.Uniform(-PeopleEstimateFraction, PeopleEstimateFraction)),
                    MidpointRounding.AwayFromZero))
                : null;
            output.Add(DetectionRecord.AtPosition(StepTime.At(world.Time, world.StepSeconds, tau), Id, DetectionKind.Ground,
                ChannelProjection.Unproject(seen), _document.SigmaMetres) with { People = people, TruthId = boat.Id });
        }

        var falseAlarms = _random.Poisson(_falseAlarmsPerStep);
        for (var i = 0; i < falseAlarms; i++)
        {
            var tau = _random.Uniform(0, world.StepSeconds);
            // Uniform over the disc of the sensor's range.
            var distance = _document.RangeMetres * Math.Sqrt(_random.NextDouble());
            var angle = _random.Uniform(0, 2 * Math.PI);
            var at = new ProjectedPoint(_point.EastingMetres + (distance * Math.Sin(angle)), _point.NorthingMetres + (distance * Math.Cos(angle)));
            output.Add(DetectionRecord.AtPosition(StepTime.At(world.Time, world.StepSeconds, tau), Id, DetectionKind.Ground,
                ChannelProjection.Unproject(at), _document.SigmaMetres));
        }
    }

    // Grid metres stand for metres on the ground: the projection's scale differs from 1 by less than 1e-4 over the Strait.
    private ProjectedPoint Blur(ProjectedPoint point) =>
        new(_random.Gaussian(point.EastingMetres, _document.SigmaMetres), _random.Gaussian(point.NorthingMetres, _document.SigmaMetres));
}
