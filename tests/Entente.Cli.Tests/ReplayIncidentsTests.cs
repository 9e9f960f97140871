using Entente.Incidents.Events;
using Entente.Incidents.Output;

namespace Entente.Cli.Tests;

/// <summary><c>entente replay</c> writes incidents.jsonl: a boat adrift opens an incident, coordinated by the centre whose
/// SAR region holds it, with its datum following the boat.</summary>
public sealed class ReplayIncidentsTests(EngineFailureRecording recording) : IClassFixture<EngineFailureRecording>, IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "entente-replay-incidents-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task Replay_BoatAdrift_OpensAnIncident_InIncidentsJsonl()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(["replay", recording.Recording, "--out", _out, "--scenario", recording.ScenarioFile], output, error);
        Assert.True(exit == 0, error.ToString());
        var lines = await File.ReadAllLinesAsync(Path.Combine(_out, "incidents.jsonl"), TestContext.Current.CancellationToken);
        var events = lines.Select(IncidentEventJson.Read).ToList();
        var opened = Assert.IsType<IncidentOpened>(events[0]);
        Assert.Equal(Incidents.Centres.CoordinationCentre.CrossGrisNez, opened.Coordinator);
        Assert.StartsWith("ALR-", opened.Origin, StringComparison.Ordinal);
        Assert.All(events, e => Assert.Equal(opened.Incident, e.Incident));
        Assert.Contains("1 incident opened", error.ToString(), StringComparison.Ordinal);
        var alerts = await File.ReadAllTextAsync(Path.Combine(_out, "alerts.jsonl"), TestContext.Current.CancellationToken);
        Assert.Contains("\"type\":\"stopped-at-sea\"", alerts, StringComparison.Ordinal);
        Assert.Contains($"\"incident\":\"{opened.Incident}\"", alerts, StringComparison.Ordinal);
    }
}
