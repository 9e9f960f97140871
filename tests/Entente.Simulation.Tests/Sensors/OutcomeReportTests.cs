using System.Text.Json.Nodes;
using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Simulation.Scenarios;
using Entente.Simulation.Tests.Scenarios;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Sensors;

public sealed class OutcomeReportTests
{
    private const string Boats = """[ { "id": "stopped", "beach": "beach-wimereux", "launchMinutes": 20, "people": 40, "events": [ { "type": "prevented" } ] }, { "id": "met", "beach": "beach-sangatte", "launchMinutes": 10, "people": 38, "speedKnots": 7, "landing": "landing-dover", "events": [ { "type": "intercept", "afterMinutes": 120, "asset": "cutter" } ] }, { "id": "lands", "beach": "beach-sangatte", "launchMinutes": 5, "people": 31, "speedKnots": 9, "landing": "landing-dover" } ]""";

    private static string Scenario(string outcomeReports) => $$"""
        {
          "name": "outcomes", "start": "2026-11-21T20:00:00Z", "durationHours": 4, "seed": 5, "truthIntervalSeconds": 10,
          "environment": { "windSpeedKnots": 0, "tide": { "maxSpeedKnots": 0 } },
          "traffic": { "merchantShipsPerDay": 0, "assets": [ { "id": "cutter", "kind": "patrol", "base": "landing-dover", "station": { "lat": 51.05, "lon": 1.40 }, "speedKnots": 22 } ] },
          "crossings": { "boats": {{Boats}} },
          "sensors": { "outcomeReports": {{outcomeReports}} }
        }
        """;

    private static DateTimeOffset FirstIn(MemorySink sink, string id, ObjectState state) =>
        sink.Truth.Where(t => t.Id == id && t.State == state).Min(t => t.Time);

    [Fact]
    public void EachEndOfACrossing_IsReportedOnce_MinutesLater_WithTheTruePeople_WhereItHappened()
    {
        var (sink, _) = ScenarioRuns.Run(ScenarioRuns.Custom(Scenario("""{ "delayMinutes": { "min": 3, "max": 6 } }""")));
        var reports = sink.Detections.Where(d => d.IsOutcomeReport).ToDictionary(d => d.TruthId!, StringComparer.Ordinal);
        Assert.Equal(3, reports.Count);
        Assert.Equal(3, sink.Detections.Count(d => d.Kind == DetectionKind.Report));

        var stopped = reports["stopped"];
        Assert.Equal((BoatOutcome.Prevented, 40, "fr-beach-patrol", "patrol"), (stopped.Outcome!.Value, stopped.People!.Value, stopped.Sensor, stopped.Source!));
        var beach = ScenarioRuns.Geography.Find("beach-wimereux")!.GeometryDegrees.Centroid;
        Assert.True(Geodesic.DistanceMetres(stopped.Position!.Value, Core.Positions.GeoPosition.FromDegrees(beach.Y, beach.X)) < 50);

        var met = reports["met"];
        Assert.Equal((BoatOutcome.Intercepted, 38, "cutter", "asset"), (met.Outcome!.Value, met.People!.Value, met.Sensor, met.Source!));
        var lands = reports["lands"];
        Assert.Equal((BoatOutcome.Landed, 31, "uk-border-force-landings", "patrol"), (lands.Outcome!.Value, lands.People!.Value, lands.Sensor, lands.Source!));
        var landedAt = sink.Truth.Where(t => t.Id == "lands").MaxBy(t => t.Time)!;
        Assert.True(Geodesic.DistanceMetres(lands.Position!.Value, landedAt.Position) < 500);

        foreach (var (id, state) in new[] { ("stopped", ObjectState.Prevented), ("met", ObjectState.Intercepted), ("lands", ObjectState.Landed) })
        {
            // The truth records a state within a step or two of when it happened; the delay is drawn from 3 to 6 minutes.
            var delay = reports[id].Time - FirstIn(sink, id, state);
            Assert.InRange(delay, TimeSpan.FromMinutes(3) - TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(6) + TimeSpan.FromSeconds(20));
        }
    }

    [Fact]
    public void TurnedOff_NothingIsReported_AndEveryOtherDetectionIsTheSame()
    {
        var on = ScenarioRuns.Run(ScenarioRuns.Custom(Scenario("{}"))).Sink;
        var off = ScenarioRuns.Run(ScenarioRuns.Custom(Scenario("""{ "enabled": false }"""))).Sink;
        Assert.DoesNotContain(off.Detections, d => d.IsOutcomeReport);
        Assert.Equal(3, on.Detections.Count(d => d.IsOutcomeReport));
        Assert.Equal(off.Detections, on.Detections.Where(d => !d.IsOutcomeReport));
    }

    [Theory]
    [InlineData("""{ "delayMinutes": { "min": 5, "max": 2 } }""", "$.sensors.outcomeReports.delayMinutes")]
    [InlineData("""{ "delayMinutes": { "min": -1, "max": 2 } }""", "$.sensors.outcomeReports.delayMinutes.min")]
    [InlineData("""{ "sigmaMetres": 0 }""", "$.sensors.outcomeReports.sigmaMetres")]
    public void ABadSetting_IsRefusedByItsPath(string settings, string path)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioRuns.Custom(Scenario(settings)));
        Assert.Contains(path + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTheBusyNight_EveryLandingPreventionAndInterception_IsReported_WithItsPeople()
    {
        var scenario = ScenarioRuns.Variant("busy-night", json => json["durationHours"] = JsonValue.Create(10));
        var (sink, simulator) = ScenarioRuns.Run(scenario);
        var summary = simulator.Summary;
        var reports = sink.Detections.Where(d => d.IsOutcomeReport).ToList();
        var output = TestContext.Current.TestOutputHelper!;
        foreach (var r in reports)
        {
            output.WriteLine($"{r.Time:HH:mm:ss} {r.Outcome} {r.People} by {r.Sensor} ({r.TruthId})");
        }

        int Count(BoatOutcome o) => reports.Count(r => r.Outcome == o);
        Assert.True(summary.BoatsLanded + summary.LaunchesPrevented + summary.BoatsIntercepted > 0);
        // Reports come minutes after the event: one that falls after the night's end is not made.
        Assert.InRange(Count(BoatOutcome.Landed), summary.BoatsLanded - 1, summary.BoatsLanded);
        Assert.Equal(summary.LaunchesPrevented, Count(BoatOutcome.Prevented));
        Assert.InRange(Count(BoatOutcome.Intercepted), summary.BoatsIntercepted - 1, summary.BoatsIntercepted);
        Assert.True(Count(BoatOutcome.Rescued) >= summary.BoatsRescued - 1);
        Assert.InRange(reports.Where(r => r.Outcome == BoatOutcome.Landed).Sum(r => r.People!.Value), 0, summary.PeopleLanded);
        Assert.InRange(reports.Where(r => r.Source == "asset").Sum(r => r.People!.Value), 0, summary.PeopleTakenAboard);
        Assert.All(reports, r => Assert.NotNull(r.TruthId));
        Assert.Equal(reports.Count, reports.Select(r => r.TruthId).Distinct().Count());
    }
}
