namespace Entente.Browser.Tests;

/// <summary>The real server running a short night fast: one boat from Wissant whose engine fails in French waters
/// (Scenarios/engine-failure-scenario.json, as the server's API tests use), so that a launch alert comes within seconds
/// and an incident within about half a minute.</summary>
public sealed class IncidentNightServer : ServerFixture
{
    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Feeds:Simulation:Scenario=" + Path.Combine(AppContext.BaseDirectory, "Scenarios", "engine-failure-scenario.json"),
        "--Feeds:Simulation:Speed=60",
    ];
}
