using System.Text.Json.Nodes;
using Entente.Geo.Geography;
using Entente.Simulation.Engine;
using Entente.Simulation.Scenarios;
using Entente.Testing;

namespace Entente.Simulation.Tests.Scenarios;

/// <summary>Runs scenarios in memory: built-in ones as shipped, or variants of their JSON changed for a test.</summary>
internal static class ScenarioRuns
{
    private static readonly Lazy<ChannelGeography> LazyGeography = new(ChannelGeography.LoadDefault);

    public static ChannelGeography Geography => LazyGeography.Value;

    /// <summary>A built-in scenario's JSON from the repository, changed by <paramref name="change"/>, then parsed.</summary>
    public static Scenario Variant(string name, Action<JsonObject> change)
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "Entente.Simulation", "Scenarios", "BuiltIn", name + ".json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json);
        return Scenario.Parse(json.ToJsonString(), name + " (variant)");
    }

    /// <summary>A scenario written for a test, with defaults for what it leaves out.</summary>
    public static Scenario Custom(string json) => Scenario.Parse(json, "test.json");

    public static (MemorySink Sink, Simulator Simulator) Run(Scenario scenario)
    {
        var sink = new MemorySink();
        var simulator = new Simulator(scenario, Geography, sink);
        simulator.Run();
        return (sink, simulator);
    }
}
