using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Simulation.Output;
using Entente.Simulation.Tests.Scenarios;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.SmallBoats;

public sealed class SmallBoatTests
{
    private static MemorySink Run(string boats, string environment = """{ "windSpeedKnots": 0, "tide": { "maxSpeedKnots": 0 } }""", string assets = "[]", double hours = 6) =>
        ScenarioRuns.Run(ScenarioRuns.Custom($$"""
            {
              "name": "boats", "start": "2026-11-21T20:00:00Z", "durationHours": {{hours}}, "seed": 3, "truthIntervalSeconds": 10,
              "environment": {{environment}},
              "traffic": { "merchantShipsPerDay": 0, "assets": {{assets}} },
              "crossings": { "boats": {{boats}} }
            }
            """)).Sink;

    private static List<TruthRecord> Track(MemorySink sink, string id) => [.. sink.Truth.Where(t => t.Id == id).OrderBy(t => t.Time)];

    [Fact]
    public void ABoat_WaitsOnItsBeach_LaunchesOnTime_CrossesAtItsSpeed_AndLands()
    {
        var sink = Run("""[ { "id": "b1", "beach": "beach-calais-bleriot", "launchMinutes": 60, "people": 50, "speedKnots": 6, "landing": "landing-dover" } ]""");
        var track = Track(sink, "b1");
        var launch = new DateTimeOffset(2026, 11, 21, 21, 0, 0, TimeSpan.Zero);
        Assert.All(track.Where(t => t.Time < launch), t => Assert.Equal(ObjectState.Ashore, t.State));
        Assert.Equal(launch - TimeSpan.FromMinutes(40), track[0].Time);
        var underway = track.Where(t => t.State == ObjectState.Underway).ToList();
        Assert.Equal(launch, underway[0].Time);

        // In still water the speed over ground is the speed through the water.
        Assert.All(underway.SkipLast(1), t => Assert.InRange(t.SpeedKnots, 5.99, 6.01));
        var landed = Assert.Single(track, t => t.State == ObjectState.Landed);
        Assert.Equal(50, landed.People);
        var beach = GeoPosition.FromDegrees(50.962, 1.833);
        var dover = GeoPosition.FromDegrees(51.117, 1.312);
        var expected = TimeSpan.FromHours(Geodesic.DistanceMetres(beach, dover) / 1852 / 6);
        Assert.InRange((landed.Time - launch).TotalMinutes, expected.TotalMinutes * 0.95, expected.TotalMinutes * 1.05);
        Assert.True(Geodesic.DistanceMetres(landed.Position, dover) < 300);
    }

    [Fact]
    public void AnEngineFailure_LeavesTheBoatDrifting_WithTheStreamAndItsLeeway()
    {
        var still = Run("""[ { "id": "b1", "beach": "beach-wissant", "launchMinutes": 10, "people": 40, "speedKnots": 6, "landing": "landing-dover", "events": [ { "type": "engine-failure", "afterMinutes": 30 } ] } ]""",
            """{ "windSpeedKnots": 20, "windFromDegrees": 270, "tide": { "maxSpeedKnots": 0 } }""", hours: 2);
        var drifting = Track(still, "b1").Where(t => t.State == ObjectState.Drifting).ToList();
        Assert.True(drifting.Count > 100);

        // REFUGEE-RAFT-1 leeway in a 20 kn (10.3 m/s) westerly: 1.56 % of the wind plus 8.3 cm/s downwind (east), a
        // little to one side: about 0.24 m/s, 0.47 kn, towards 090° give or take the crosswind and the drawn error.
        Assert.All(drifting, t =>
        {
            Assert.InRange(t.SpeedKnots, 0.35, 0.6);
            Assert.InRange(t.CourseDegrees, 75, 105);
        });

        var tidal = Run("""[ { "id": "b1", "beach": "beach-wissant", "launchMinutes": 10, "people": 40, "speedKnots": 6, "landing": "landing-dover", "events": [ { "type": "engine-failure", "afterMinutes": 30 } ] } ]""",
            """{ "windSpeedKnots": 0, "tide": { "maxSpeedKnots": 3, "floodDirectionDegrees": 35, "floodPeak": "2026-11-21T21:00:00Z" } }""", hours: 2);
        var atPeak = Track(tidal, "b1").Single(t => t.Time == new DateTimeOffset(2026, 11, 21, 21, 0, 0, TimeSpan.Zero));
        Assert.Equal(ObjectState.Drifting, atPeak.State);

        // Calm: the boat goes with the flood at its peak, 3 kn towards 035°, plus the raft's small wind-free leeway.
        Assert.InRange(atPeak.SpeedKnots, 3 - 0.3, 3 + 0.3);
        Assert.InRange(atPeak.CourseDegrees, 25, 45);
    }

    [Fact]
    public void ACapsize_PutsEveryoneInTheWater_AndARescueTakesThemAllAboard()
    {
        var sink = Run("""[ { "id": "b1", "beach": "beach-sangatte", "launchMinutes": 5, "people": 45, "speedKnots": 5, "landing": "landing-dover", "events": [ { "type": "swamping", "afterMinutes": 40 }, { "type": "capsize", "afterMinutes": 50 }, { "type": "rescue", "afterMinutes": 55, "asset": "snsm" } ] } ]""",
            assets: """[ { "id": "snsm", "kind": "rescue", "base": "snsm-calais", "speedKnots": 22 } ]""", hours: 4);
        var capsizedAt = new DateTimeOffset(2026, 11, 21, 20, 55, 0, TimeSpan.Zero);
        var justAfter = sink.Truth.Where(t => t.Time == capsizedAt + TimeSpan.FromMinutes(1)).ToList();
        Assert.Equal(ObjectState.Capsized, justAfter.Single(t => t.Id == "b1").State);
        var inWater = justAfter.Where(t => t.Kind == ObjectKind.PeopleInWater).ToList();
        Assert.True(inWater.Count >= 6);
        Assert.Equal(45, inWater.Sum(t => t.People));
        Assert.All(inWater, t => Assert.Equal(ObjectState.InWater, t.State));

        var asset = Track(sink, "snsm");
        Assert.Equal(45, asset.Max(t => t.People));
        Assert.Contains(asset, t => t.State == ObjectState.Underway && t.SpeedKnots > 20);

        // Everyone rescued: every group ends rescued, and the lifeboat is back at its station with nobody aboard.
        Assert.All(sink.Truth.Where(t => t.Kind == ObjectKind.PeopleInWater).GroupBy(t => t.Id), g => Assert.Equal(ObjectState.Rescued, g.Last().State));
        Assert.Equal(0, asset[^1].People);
        Assert.Equal(ObjectState.Stopped, asset[^1].State);

        // People called for help while in trouble, and stopped once the last of them was picked up.
        var calls = sink.Detections.Where(d => d.TruthId == "b1").ToList();
        Assert.NotEmpty(calls);
        var lastPickedUp = sink.Truth.Where(t => t.Kind == ObjectKind.PeopleInWater && t.State == ObjectState.Rescued).Max(t => t.Time);
        Assert.All(calls, c => Assert.True(c.Time <= lastPickedUp, $"a call at {c.Time:O} after everyone was aboard at {lastPickedUp:O}"));
    }

    [Fact]
    public void ATaxiBoat_RunsAlongTheShore_StopsAtThePickUpBeach_AndTakesOnItsPeople()
    {
        var sink = Run("""[ { "id": "taxi", "beach": "beach-oye-plage", "taxiFrom": "beach-gravelines", "taxiPickupPeople": 35, "taxiPickupMinutes": 10, "launchMinutes": 5, "people": 50, "speedKnots": 6, "landing": "landing-dover" } ]""", hours: 3);
        var track = Track(sink, "taxi");
        var gravelines = GeoPosition.FromDegrees(51.010, 2.110);
        var oye = GeoPosition.FromDegrees(50.997, 2.040);
        Assert.True(Geodesic.DistanceMetres(track[0].Position, gravelines) < 300);
        Assert.Equal(15, track[0].People);
        var stopped = track.Where(t => t.State == ObjectState.Stopped).ToList();
        Assert.InRange(stopped.Count, 55, 65);
        Assert.All(stopped, t => Assert.True(Geodesic.DistanceMetres(t.Position, oye) < 300));
        Assert.Equal(50, track.Last().People);

        // Before the pick-up it keeps close inshore.
        var run = track.TakeWhile(t => t.State != ObjectState.Stopped).Where(t => t.State == ObjectState.Underway).ToList();
        Assert.NotEmpty(run);
        Assert.All(run, t => Assert.True(ScenarioRuns.Geography.DistanceToCoastMetres(t.Position) < 1_500));
    }

    [Fact]
    public void APreventedLaunch_NeverReachesTheSea_AndAnInterceptionBringsThePeopleAboard()
    {
        var sink = Run("""[ { "id": "stopped", "beach": "beach-wimereux", "launchMinutes": 20, "people": 40, "events": [ { "type": "prevented" } ] }, { "id": "met", "beach": "beach-sangatte", "launchMinutes": 10, "people": 38, "speedKnots": 7, "landing": "landing-dover", "events": [ { "type": "intercept", "afterMinutes": 120, "asset": "cutter" } ] } ]""",
            assets: """[ { "id": "cutter", "kind": "patrol", "base": "landing-dover", "station": { "lat": 51.05, "lon": 1.40 }, "speedKnots": 22 } ]""", hours: 4);
        var stopped = Track(sink, "stopped");
        Assert.DoesNotContain(stopped, t => t.State is ObjectState.Underway or ObjectState.Drifting);
        Assert.Equal(ObjectState.Prevented, stopped[^1].State);
        var met = Track(sink, "met");
        Assert.Contains(met, t => t.State == ObjectState.Intercepted && t.People == 0);
        Assert.DoesNotContain(met, t => t.State == ObjectState.Landed);
        Assert.Equal(38, Track(sink, "cutter").Max(t => t.People));
    }

    [Fact]
    public void TheBusyNight_AccountsForEveryPersonWhoSetOut()
    {
        var (sink, simulator) = ScenarioRuns.Run(BuiltInScenarios().WithDuration(TimeSpan.FromHours(6)));
        var summary = simulator.Summary;
        Assert.True(summary.BoatsLaunched >= 8, $"{summary.BoatsLaunched} launched");
        var last = sink.Truth.Where(t => t.Time == sink.Truth[^1].Time).ToList();
        var stillOut = last.Where(t => t.Kind is ObjectKind.SmallBoat or ObjectKind.PeopleInWater && t.State is not (ObjectState.Landed or ObjectState.Ashore)).Sum(t => t.People);
        Assert.Equal(summary.PeopleAtSea, summary.PeopleLanded + summary.PeopleTakenAboard + stillOut);
    }

    private static Entente.Simulation.Scenarios.Scenario BuiltInScenarios() => Entente.Simulation.Scenarios.BuiltInScenarios.Get("busy-night");
}
