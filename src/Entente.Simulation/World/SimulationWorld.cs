using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Geo.Features;
using Entente.Geo.Geography;
using Entente.Simulation.Conditions;
using Entente.Simulation.Randomness;
using Entente.Simulation.Scenarios;

namespace Entente.Simulation.World;

/// <summary>
/// Everything the simulated night holds at the current step: time, environment, geography and objects. Behaviours and
/// sensors read it and change it; only the simulator advances time.
/// </summary>
internal sealed class SimulationWorld
{
    private const string PeopleInWaterInfix = "-piw-";

    private readonly List<SimObject> _objects = [];
    private readonly List<SimObject> _pending = [];
    private readonly Dictionary<string, SimObject> _byId = new(StringComparer.Ordinal);

    public SimulationWorld(Scenario scenario, ChannelGeography geography, SeaEnvironment environment)
    {
        Scenario = scenario;
        Geography = geography;
        Environment = environment;
        Time = scenario.Start;
        StepSeconds = scenario.Document.StepSeconds;
        Random = new SimulationRandom(unchecked((ulong)scenario.Seed));
    }

    public Scenario Scenario { get; }

    public ChannelGeography Geography { get; }

    public SeaEnvironment Environment { get; }

    /// <summary>The start of the current step.</summary>
    public DateTimeOffset Time { get; set; }

    public double StepSeconds { get; }

    /// <summary>The root stream; parts fork their own from it by name.</summary>
    public SimulationRandom Random { get; }

    /// <summary>Objects in creation order (a stable order, which keeps outputs deterministic).</summary>
    public IReadOnlyList<SimObject> Objects => _objects;

    /// <summary>Boats whose people are in trouble, and since when; the distress-call model reads it.</summary>
    public List<DistressEpisode> Distress { get; } = [];

    /// <summary>Crossings that ended (prevented, intercepted, rescued, landed), in the order they ended; the
    /// outcome-report model reads it.</summary>
    public List<OutcomeEvent> Outcomes { get; } = [];

    /// <summary>People taken aboard so far from each boat or group in the water, by its id.</summary>
    public Dictionary<string, int> PeopleTakenFrom { get; } = new(StringComparer.Ordinal);

    /// <summary>The night's outcomes so far.</summary>
    public SimulationTally Tally { get; } = new();

    /// <summary>Adds an object; it takes part from the next step.</summary>
    public void Add(SimObject item)
    {
        if (!_byId.TryAdd(item.Id, item))
        {
            throw new InvalidOperationException($"Two simulated objects have the id '{item.Id}'.");
        }

        _pending.Add(item);
    }

    public SimObject? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The id of a group of people in the water from a boat: the boat's id, "-piw-", and the group's number.</summary>
    public static string PeopleInWaterId(string boatId, int group) => boatId + PeopleInWaterInfix + group.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The boat a group of people in the water came from (an object's own id for anything else).</summary>
    public static string BoatOf(SimObject item) =>
        item.Kind == ObjectKind.PeopleInWater ? item.Id[..item.Id.IndexOf(PeopleInWaterInfix, StringComparison.Ordinal)] : item.Id;

    /// <summary>The groups of people in the water from a boat that capsized, still in the world.</summary>
    public IEnumerable<SimObject> PeopleInWaterFrom(string boatId) =>
        _objects.Where(o => o.Kind == ObjectKind.PeopleInWater && !o.Removed && o.Id.StartsWith(boatId + PeopleInWaterInfix, StringComparison.Ordinal));

    /// <summary>Makes objects added during the last step part of the world, and forgets removed ones.</summary>
    public void Commit()
    {
        _objects.AddRange(_pending);
        _pending.Clear();
        var removed = _objects.RemoveAll(o => o.Removed && o.RemovedReported);
        if (removed > 0)
        {
            foreach (var key in _byId.Where(p => p.Value.Removed && p.Value.RemovedReported).Select(p => p.Key).ToList())
            {
                _byId.Remove(key);
            }
        }
    }

    /// <summary>A geography feature's position in the projection; throws a scenario error when the id is unknown.</summary>
    public ProjectedPoint PlacePoint(string id, string path) => ChannelProjection.Project(PlacePosition(id, path));

    public GeoPosition PlacePosition(string id, string path)
    {
        var feature = Geography.Find(id) ?? throw new ScenarioException($"{Scenario.Name}: {path}: no place '{id}' in the geography.");
        var centre = feature.GeometryDegrees.Centroid;
        return GeoPosition.FromDegrees(centre.Y, centre.X);
    }

    public IEnumerable<GeoFeature> Places(FeatureKind kind) => Geography.OfKind(kind).OrderBy(f => f.Id, StringComparer.Ordinal);

    public bool IsOnLand(ProjectedPoint point) => Geography.IsOnLand(ChannelProjection.Unproject(point));
}
