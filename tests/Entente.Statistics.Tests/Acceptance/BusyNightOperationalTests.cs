using Entente.Geo.Features;
using Entente.Geo.Geography;
using Entente.Incidents.Events;
using Entente.Incidents.Outcomes;
using Entente.Picture.Pipeline;
using Entente.Picture.WatchFloor;
using Entente.Rules.Environment;
using Entente.Rules.Output;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;
using Entente.Statistics.Operational;
using Entente.Testing.Situation;

namespace Entente.Statistics.Tests.Acceptance;

/// <summary>
/// busy-night through the whole picture, with simulated watch officers acknowledging alerts and tasking assets: the
/// operational statistics computed from Entente's own records (alert changes, incident events, outcome reports) match
/// the simulator's ground truth, which is read beside it for scoring only.
/// </summary>
public sealed class BusyNightOperationalTests
{
    private static readonly TimeSpan AcknowledgeAfter = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan TaskAfter = TimeSpan.FromMinutes(5);
    private static readonly Lazy<Night> Result = new(Run);

    private sealed record Night(OperationalReport Report, Truth Truth, SimulationSummary Summary);

    /// <summary>What really happened to each small boat: where it left from and how its crossing ended.</summary>
    private sealed class Truth(ChannelGeography geography)
    {
        private readonly Dictionary<string, TruthRecord> _last = new(StringComparer.Ordinal);

        private readonly Dictionary<string, int> _people = new(StringComparer.Ordinal);

        public Dictionary<string, string> LaunchBeach { get; } = new(StringComparer.Ordinal);

        /// <summary>Radar plot times by boat.</summary>
        public Dictionary<string, List<DateTimeOffset>> Plots { get; } = new(StringComparer.Ordinal);

        public void Plot(Core.Detections.DetectionRecord record)
        {
            if (record.Kind == Core.Detections.DetectionKind.Radar && record.TruthId is { } id)
            {
                if (!Plots.TryGetValue(id, out var times))
                {
                    Plots[id] = times = [];
                }

                times.Add(record.Time);
            }
        }

        /// <summary>Whether radar saw the boat within a span after its launch.</summary>
        public bool SeenWithin((string Boat, DateTimeOffset Time, Core.Positions.GeoPosition Position, string Beach) launch, TimeSpan span) =>
            Plots.TryGetValue(launch.Boat, out var times) && times.Any(t => t >= launch.Time && t <= launch.Time + span);

        public List<(string Boat, DateTimeOffset Time, Core.Positions.GeoPosition Position, string Beach)> Launches { get; } = [];

        public Dictionary<string, (ObjectState State, int People)> Ending { get; } = new(StringComparer.Ordinal);

        public void Add(TruthRecord record)
        {
            if (record.Kind != ObjectKind.SmallBoat)
            {
                return;
            }

            _last.TryGetValue(record.Id, out var before);
            // The most people the boat carried (a taxi boat picks up more at sea; people leave one by one when taken aboard).
            _people[record.Id] = Math.Max(_people.GetValueOrDefault(record.Id), record.People);
            if (before is not null && before.State == ObjectState.Ashore && record.State is ObjectState.Underway && !LaunchBeach.ContainsKey(record.Id))
            {
                LaunchBeach[record.Id] = geography.Nearest(before.Position, FeatureKind.LaunchBeach)!.Place.Id;
                Launches.Add((record.Id, record.Time, before.Position, LaunchBeach[record.Id]));
            }

            if (record.State is ObjectState.Prevented or ObjectState.Landed or ObjectState.Rescued or ObjectState.Intercepted && !Ending.ContainsKey(record.Id))
            {
                Ending[record.Id] = (record.State, _people[record.Id]);
            }

            _last[record.Id] = record;
        }

        public int MostPeople(string boat) => _people.GetValueOrDefault(boat);

        public int Count(ObjectState state) => Ending.Values.Count(e => e.State == state);

        public int People(ObjectState state) => Ending.Values.Where(e => e.State == state).Sum(e => e.People);
    }

    private static Night Run()
    {
        var scenario = BuiltInScenarios.Get("busy-night");
        var geography = ChannelGeography.LoadDefault();
        var pipeline = new PicturePipeline(geography, new PicturePipelineOptions
        {
            Current = new RectilinearTide(scenario.Tide.MaxSpeedKnots, scenario.Tide.FloodDirectionDegrees, scenario.Tide.FloodPeak),
            WatchFloor = new SimulatedWatchFloorOptions { AcknowledgeAfter = AcknowledgeAfter, TaskAfter = TaskAfter },
        });
        var alerts = new List<AlertChangeRecord>();
        var events = new List<IncidentEvent>();
        var outcomes = new List<OutcomeReport>();
        var truth = new Truth(geography);
        var sink = new SimulatedPicture(pipeline, update =>
        {
            alerts.AddRange(update.Alerts.Select(AlertChangeRecord.From));
            events.AddRange(update.Events);
            outcomes.AddRange(update.Outcomes);
        }, truth.Add, truth.Plot);
        var simulator = new Simulator(scenario, geography, sink);
        simulator.Run();
        var summary = simulator.Summary;
        var night = OperationalNight.Of(scenario.Start);
        alerts.AddRange(Duplicates(alerts, truth));
        return new Night(OperationalStatistics.Compute(new OperationalRecords(alerts, events, outcomes), night, night), truth, summary);
    }

    // The watch officer's camera check: each launch alert, in order, is taken as the launch of a boat that left within the
    // half hour before from that beach or nearby and is not yet accounted for; one that no such boat stands behind (the same
    // boat picked up again as a new track) is resolved as a duplicate, on the record, five minutes after it was raised.
    private static List<AlertChangeRecord> Duplicates(List<AlertChangeRecord> alerts, Truth truth)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<AlertChangeRecord>();
        foreach (var alert in alerts.Where(a => a.Event == Rules.Alerts.AlertChangeKind.Raised && a.Type == Rules.Alerts.AlertType.Launch))
        {
            var boat = truth.Launches
                .Where(l => !claimed.Contains(l.Boat) && alert.Time >= l.Time - TimeSpan.FromMinutes(1) && alert.Time <= l.Time + TimeSpan.FromMinutes(30) &&
                            (alert.Zone == l.Beach || (alert.Position is { } p && Core.Geodesy.Geodesic.DistanceMetres(p, l.Position) <= 15_000)))
                .OrderBy(l => l.Beach == alert.Zone ? 0 : 1).ThenBy(l => l.Time).Select(l => l.Boat).FirstOrDefault();
            if (boat is not null)
            {
                claimed.Add(boat);
                continue;
            }

            duplicates.Add(alert with
            {
                Time = alert.Time + TimeSpan.FromMinutes(5), Event = Rules.Alerts.AlertChangeKind.Resolved, Status = Rules.Alerts.AlertStatus.Resolved,
                Actor = SimulatedWatchFloor.OfficerName + " (uk-hmcg)", Reason = "Duplicate: the same boat as an earlier launch (checked on camera).",
            });
        }

        return duplicates;
    }

    [Fact]
    public void Outcomes_MatchTheGroundTruth()
    {
        var (report, truth, summary) = Result.Value;
        var stats = report.Total;
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"truth: launched {summary.BoatsLaunched}, prevented {summary.LaunchesPrevented}, landed {summary.BoatsLanded}, " +
                         $"rescued {summary.BoatsRescued}, intercepted {summary.BoatsIntercepted}, capsizes {summary.Capsizes}");
        foreach (var (boat, ending) in truth.Ending)
        {
            output.WriteLine($"  {boat}: {ending.State} with {ending.People}, from {truth.LaunchBeach.GetValueOrDefault(boat)}");
        }

        output.WriteLine($"records: launches {stats.LaunchesDetected} ({string.Join(", ", stats.LaunchesByBeach.Select(p => $"{p.Key} {p.Value}"))}), " +
                         $"at sea {stats.BoatsAtSea}, prevented {stats.BoatsPrevented}/{stats.PeoplePrevented}, landed {stats.BoatsLanded}/{stats.PeopleLanded}, " +
                         $"rescued {stats.BoatsRescued}/{stats.PeopleRescued}, intercepted {stats.BoatsIntercepted}/{stats.PeopleIntercepted}, " +
                         $"incidents {stats.IncidentsOpened}/{stats.IncidentsClosed}, handovers {stats.HandoversOffered}/{stats.HandoversAccepted}");
        output.WriteLine($"times: launch→detection {stats.LaunchToFirstDetection}, alert→ack {stats.AlertToAcknowledgement}, distress→tasking {stats.DistressToFirstTasking}");

        Assert.Equal((truth.Count(ObjectState.Prevented), truth.People(ObjectState.Prevented)), (stats.BoatsPrevented, stats.PeoplePrevented));
        Assert.Equal((truth.Count(ObjectState.Landed), truth.People(ObjectState.Landed)), (stats.BoatsLanded, stats.PeopleLanded));
        Assert.Equal((truth.Count(ObjectState.Rescued), truth.People(ObjectState.Rescued)), (stats.BoatsRescued, stats.PeopleRescued));
        Assert.Equal((truth.Count(ObjectState.Intercepted), truth.People(ObjectState.Intercepted)), (stats.BoatsIntercepted, stats.PeopleIntercepted));
        Assert.Equal(summary.BoatsLaunched, truth.LaunchBeach.Count);
    }

    [Fact]
    public void Launches_AndBoatsAtSea_MatchTheLaunchesTheSensorsCouldSee_ByBeach()
    {
        var (report, truth, _) = Result.Value;
        var stats = report.Total;
        var output = TestContext.Current.TestOutputHelper!;
        // Entente can count only the boats its sensors saw: radar had each of these within half an hour of its launch.
        var visible = truth.Launches.Where(l => truth.SeenWithin(l, TimeSpan.FromMinutes(30))).ToList();
        var byBeach = visible.GroupBy(l => l.Beach).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        output.WriteLine("truth: " + string.Join(", ", truth.Launches.Select(l => $"{l.Boat} {l.Time:HH:mm} {l.Beach}{(visible.Contains(l) ? "" : " (unseen)")}")));
        output.WriteLine("records: " + string.Join(", ", stats.LaunchesByBeach.Select(p => $"{p.Key} {p.Value}")));
        output.WriteLine($"people at sea: records {stats.PeopleAtSea}, truth {visible.Sum(l => truth.MostPeople(l.Boat))}");

        Assert.True(visible.Count >= truth.Launches.Count - 2, $"only {visible.Count} of {truth.Launches.Count} launches seen");
        Assert.Equal(visible.Count, stats.LaunchesDetected);
        Assert.Equal(visible.Count, stats.BoatsAtSea);
        Assert.Equal(visible.Sum(l => truth.MostPeople(l.Boat)), stats.PeopleAtSea);
        // Each launch is counted at its own beach, except one first seen later off the next beach along: counted there.
        var shortOf = byBeach.Where(p => stats.LaunchesByBeach.GetValueOrDefault(p.Key) < p.Value).Select(p => p.Key).ToList();
        var over = stats.LaunchesByBeach.Where(p => byBeach.GetValueOrDefault(p.Key) < p.Value).Select(p => p.Key).ToList();
        Assert.True(shortOf.Count <= 1 && over.Count == shortOf.Count, $"counted at other beaches: {string.Join(", ", shortOf)} -> {string.Join(", ", over)}");
        Assert.All(shortOf.Zip(over), pair => Assert.True(BeachesApartMetres(pair.First, pair.Second) <= 15_000, $"{pair.First} is far from {pair.Second}"));
    }

    private static double BeachesApartMetres(string a, string b)
    {
        var geography = ChannelGeography.LoadDefault();
        var one = geography.OfKind(FeatureKind.LaunchBeach).Single(f => f.Id == a).GeometryDegrees.Coordinate;
        var two = geography.OfKind(FeatureKind.LaunchBeach).Single(f => f.Id == b).GeometryDegrees.Coordinate;
        return Core.Geodesy.Geodesic.DistanceMetres(Core.Positions.GeoPosition.FromDegrees(one.Y, one.X), Core.Positions.GeoPosition.FromDegrees(two.Y, two.X));
    }

    [Fact]
    public void ResponseTimes_AreTheWatchFloorsDelays_AndEveryLaunchIsTimed()
    {
        var stats = Result.Value.Report.Total;

        Assert.True(stats.AlertToAcknowledgement.Count >= stats.LaunchesDetected);
        Assert.Equal((AcknowledgeAfter, AcknowledgeAfter), (stats.AlertToAcknowledgement.Median, stats.AlertToAcknowledgement.Longest));
        Assert.True(stats.DistressToFirstTasking.Count >= 1);
        Assert.Equal((TaskAfter, TaskAfter), (stats.DistressToFirstTasking.Median, stats.DistressToFirstTasking.Longest));
        Assert.Equal(stats.LaunchesDetected, stats.LaunchToFirstDetection.Count);
        Assert.InRange(stats.LaunchToFirstDetection.Median!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(5));
    }
}
