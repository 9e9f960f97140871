using Entente.Simulation.Engine;
using Entente.Simulation.Scenarios;

namespace Entente.Simulation.Tests.Scenarios;

public sealed class ScenarioFileTests
{
    [Fact]
    public void TheFourBuiltInScenarios_AreThere_AndMatchTheirDescriptions()
    {
        Assert.Equal(["busy-night", "nov-2021", "quiet-night", "surge"], BuiltInScenarios.Names);
        var busy = BuiltInScenarios.Get("busy-night");
        Assert.Equal(TimeSpan.FromHours(12), busy.Duration);
        var d = busy.Document;
        Assert.True(d.Crossings.Random!.Count + d.Crossings.Boats.Count >= 12);
        Assert.Contains(d.Crossings.Boats, b => b.TaxiFrom is not null);
        Assert.Contains(d.Crossings.Boats, b => b.Events.Any(e => e.Type == "engine-failure"));
        Assert.InRange(d.Traffic.MerchantShipsPerDay, 400, 500);

        var nov = BuiltInScenarios.Get("nov-2021").Document;
        Assert.Empty(nov.Sensors.Aircraft);
        Assert.True(nov.Environment.VisibilityNauticalMiles < 2);
        Assert.Contains(nov.Crossings.Boats, b => b.Beach == "beach-loon-plage" && b.Events.Any(e => e.Type == "swamping"));
        Assert.True(nov.Crossings.Boats.Count(b => b.Events.Any(e => e.Type == "distress-call")) >= 3);

        Assert.Empty(BuiltInScenarios.Get("quiet-night").Document.Crossings.Boats);
        Assert.Null(BuiltInScenarios.Get("quiet-night").Document.Crossings.Random);

        var surge = BuiltInScenarios.Get("surge").Document.Crossings.Random!;
        Assert.True(surge.Count >= 50);
        var expectedPeople = surge.Count * (surge.People.Min + surge.People.Max) / 2;
        Assert.InRange(expectedPeople, 1_200, 1_450);
    }

    [Theory]
    [InlineData("""{ "start": "2026-11-21T18:00:00Z" }""", "$.name")]
    [InlineData("""{ "name": "x" }""", "$.start")]
    [InlineData("""{ "name": "x", "start": "2026-11-21T18:00:00+01:00" }""", "$.start")]
    [InlineData("""{ "name": "x", "start": "2026-11-21T18:00:00Z", "environment": { "seaState": 12 } }""", "$.environment.seaState")]
    [InlineData("""{ "name": "x", "start": "2026-11-21T18:00:00Z", "truthIntervalSeconds": 2.5 }""", "$.truthIntervalSeconds")]
    [InlineData("""{ "name": "x", "start": "2026-11-21T18:00:00Z", "trafic": {} }""", "trafic")]
    [InlineData("""{ "name": "x", "start": "2026-11-21T18:00:00Z", "crossings": { "boats": [ { "id": "b", "beach": "beach-wissant", "events": [ { "type": "explode" } ] } ] } }""", "$.crossings.boats[0].events[0].type")]
    [InlineData("""{ "name": "x", "start": "2026-11-21T18:00:00Z", "crossings": { "boats": [ { "id": "b", "beach": "beach-wissant", "events": [ { "type": "rescue" } ] } ] } }""", "$.crossings.boats[0].events[0].asset")]
    [InlineData("""{ "name": "x", "start": "2026-11-21T18:00:00Z", "sensors": { "radars": [ { "id": "r", "site": "radar-gris-nez", "sigmaBearingDegrees": -1 } ] } }""", "$.sensors.radars[0].sigmaBearingDegrees")]
    [InlineData("""{ "name": "x", "start": "2026-11-21T18:00:00Z", "traffic": { "assets": [ { "id": "a", "base": "rnli-dover" }, { "id": "a", "base": "rnli-dover" } ] } }""", "$.traffic.assets[1].id")]
    [InlineData("""{ "name": "x", "start": "2026-11-21T18:00:00Z", "durationHours": 12, """, "not a valid scenario")]
    public void ABadScenario_IsRefused_WithThePathOfTheBadValue(string json, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => Scenario.Parse(json, "bad.json"));
        Assert.StartsWith("bad.json:", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "b", "beach": "beach-atlantis" }""", "$.crossings.boats[0].beach")]
    [InlineData("""{ "id": "b", "beach": "beach-wissant", "landing": "landing-nowhere" }""", "$.crossings.boats[0].landing")]
    [InlineData("""{ "id": "b", "beach": "beach-wissant", "events": [ { "type": "rescue", "asset": "hms-imaginary" } ] }""", "$.crossings.boats[0].events[0].asset")]
    public void AnUnknownPlaceOrAsset_IsRefused_WhenTheSimulatorIsBuilt(string boat, string path)
    {
        var scenario = Scenario.Parse($$"""{ "name": "x", "start": "2026-11-21T18:00:00Z", "crossings": { "boats": [ {{boat}} ] } }""", "x.json");
        var error = Assert.Throws<ScenarioException>(() => new Simulator(scenario, ScenarioRuns.Geography, new MemorySink()));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverridesChangeOnlyWhatTheySay()
    {
        var busy = BuiltInScenarios.Get("busy-night");
        var moved = busy.StartingAt(busy.Start.AddDays(3)).WithSeed(5).WithDuration(TimeSpan.FromHours(1));
        Assert.Equal(busy.Start.AddDays(3), moved.Start);
        Assert.Equal(5, moved.Seed);
        Assert.Equal(TimeSpan.FromHours(1), moved.Duration);
        Assert.Equal(busy.Document.Environment.Tide.FloodPeak!.Value.AddDays(3), moved.Document.Environment.Tide.FloodPeak);
        Assert.Same(busy.Document.Traffic, moved.Document.Traffic);
        Assert.Equal(20261121, busy.Seed);
    }

    [Fact]
    public void AScenarioThatIsNotAFile_IsAClearError()
    {
        var error = Assert.Throws<ScenarioException>(() => BuiltInScenarios.Resolve("/nonexistent/night.json"));
        Assert.Contains("busy-night", error.Message, StringComparison.Ordinal);
    }
}
