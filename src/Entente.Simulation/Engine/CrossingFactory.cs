using System.Globalization;
using Entente.Core.Projection;
using Entente.Geo.Features;
using Entente.Simulation.Randomness;
using Entente.Simulation.Scenarios;
using Entente.Simulation.SmallBoats;
using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the scenario's small-boat crossings: the scripted boats as written, and random ones drawn from the seed.</summary>
internal static class CrossingFactory
{
    // River mouths from which taxi boats leave (Aa at Gravelines, Slack at Ambleteuse; ../shared/reference/channel.md).
    private static readonly string[] RiverMouths = ["beach-gravelines", "beach-ambleteuse"];

    public static void Build(SimulationWorld world, List<IWorldProcess> processes)
    {
        var crossings = world.Scenario.Document.Crossings;
        var plans = new List<CrossingPlan>();
        for (var i = 0; i < crossings.Boats.Count; i++)
        {
            plans.Add(Scripted(world, crossings.Boats[i], $"$.crossings.boats[{i}]"));
        }

        if (crossings.Random is { Count: > 0 } random)
        {
            plans.AddRange(Random(world, random, world.Random.Fork("crossings:random")));
        }

        if (plans.Count > 0)
        {
            processes.Add(new CrossingLaunches(plans));
        }
    }

    private static CrossingPlan Scripted(SimulationWorld world, BoatDocument b, string path)
    {
        var beach = world.PlacePoint(b.Beach!, path + ".beach");
        var landing = b.Landing is { } l ? world.PlacePoint(l, path + ".landing") : NearestLanding(world, beach);
        ProjectedPoint? taxi = b.TaxiFrom is { } t ? world.PlacePoint(t, path + ".taxiFrom") : null;
        var events = b.Events.Select(e => new BoatEvent(TimeSpan.FromMinutes(e.AfterMinutes), ParseKind(e.Type!), e.Asset)).ToList();
        for (var j = 0; j < b.Events.Count; j++)
        {
            if (b.Events[j].Asset is { } asset && asset != "nearest" && world.Find(asset) is null)
            {
                throw new ScenarioException($"{world.Scenario.Name}: {path}.events[{j}].asset: no asset '{asset}' in traffic.assets.");
            }
        }

        return new CrossingPlan(b.Id!, beach, world.Scenario.Start + TimeSpan.FromMinutes(b.LaunchMinutes), b.People, b.SpeedKnots, landing, taxi,
            Math.Min(b.TaxiPickupPeople, b.People), TimeSpan.FromMinutes(b.TaxiPickupMinutes), events, RescueWhenInDistress: false,
            InterceptNearCoast: false, RescueDelay: TimeSpan.Zero);
    }

    private static IEnumerable<CrossingPlan> Random(SimulationWorld world, RandomCrossingsDocument r, SimulationRandom random)
    {
        var beaches = Places(world, r.Beaches, FeatureKind.LaunchBeach, "$.crossings.random.beaches");
        var landings = Places(world, r.Landings, FeatureKind.Landing, "$.crossings.random.landings");
        for (var i = 0; i < r.Count; i++)
        {
            var id = "boat-r" + (i + 1).ToString("D3", CultureInfo.InvariantCulture);
            var beachIndex = random.NextIndex(beaches.Count);
            var beach = beaches[beachIndex];
            var launch = world.Scenario.Start + TimeSpan.FromMinutes(random.Uniform(r.LaunchMinutes.Min, r.LaunchMinutes.Max));
            var people = random.NextInclusive((int)r.People.Min, (int)r.People.Max);
            var speed = random.Uniform(r.SpeedKnots.Min, r.SpeedKnots.Max);
            var landing = landings[random.NextIndex(landings.Count)].Point;
            var events = new List<BoatEvent>();
            ProjectedPoint? taxi = null;
            var pickup = 0;
            if (random.Chance(r.PreventedProbability))
            {
                events.Add(new BoatEvent(TimeSpan.Zero, BoatEventKind.Prevented, null));
            }
            else
            {
                var mouths = RiverMouths.Where(m => m != beach.Id && world.Geography.Find(m) is not null).ToList();
                if (random.Chance(r.TaxiProbability) && mouths.Count > 0)
                {
                    taxi = world.PlacePoint(mouths[random.NextIndex(mouths.Count)], "$.crossings.random");
                    pickup = (int)Math.Round(people * random.Uniform(0.4, 0.8));
                }

                if (random.Chance(r.EngineFailureProbability))
                {
                    var at = random.Uniform(30, 150);
                    events.Add(new BoatEvent(TimeSpan.FromMinutes(at), BoatEventKind.EngineFailure, null));
                    if (random.Chance(0.3))
                    {
                        events.Add(new BoatEvent(TimeSpan.FromMinutes(at + random.Uniform(10, 40)), BoatEventKind.EngineRestart, null));
                    }
                }

                if (random.Chance(r.SwampingProbability))
                {
                    var at = random.Uniform(40, 200);
                    events.Add(new BoatEvent(TimeSpan.FromMinutes(at), BoatEventKind.Swamping, null));
                    if (random.Chance(r.CapsizeProbability))
                    {
                        events.Add(new BoatEvent(TimeSpan.FromMinutes(at + random.Uniform(5, 30)), BoatEventKind.Capsize, null));
                    }
                }
            }

            var intercept = random.Chance(r.InterceptionProbability);
            var delay = TimeSpan.FromMinutes(random.Uniform(r.RescueDelayMinutes.Min, r.RescueDelayMinutes.Max));
            yield return new CrossingPlan(id, beach.Point, launch, people, speed, landing, taxi, pickup, TimeSpan.FromMinutes(random.Uniform(5, 15)),
                events, RescueWhenInDistress: true, InterceptNearCoast: intercept, RescueDelay: delay);
        }
    }

    private static List<(string Id, ProjectedPoint Point)> Places(SimulationWorld world, IReadOnlyList<string> ids, FeatureKind kind, string path)
    {
        if (ids.Count == 0)
        {
            return [.. world.Places(kind).Select(f => (f.Id, world.PlacePoint(f.Id, path)))];
        }

        return [.. ids.Select((id, i) => (id, world.PlacePoint(id, $"{path}[{i}]")))];
    }

    private static ProjectedPoint NearestLanding(SimulationWorld world, ProjectedPoint beach) =>
        world.Places(FeatureKind.Landing).Select(f => world.PlacePoint(f.Id, "$")).OrderBy(p => p.PlanarDistanceMetres(beach)).First();

    private static BoatEventKind ParseKind(string type) => type switch
    {
        "engine-failure" => BoatEventKind.EngineFailure,
        "engine-restart" => BoatEventKind.EngineRestart,
        "swamping" => BoatEventKind.Swamping,
        "capsize" => BoatEventKind.Capsize,
        "rescue" => BoatEventKind.Rescue,
        "intercept" => BoatEventKind.Intercept,
        "prevented" => BoatEventKind.Prevented,
        _ => BoatEventKind.DistressCall,
    };
}
