using System.Text;
using Entente.Core.Detections;
using Entente.Incidents.Events;
using Entente.Incidents.Output;

namespace Entente.Cli.Tests;

/// <summary><c>entente replay</c> with simulated watch officers and an outcome report: alerts acknowledged, the incident
/// tasked, and the report in outcomes.jsonl.</summary>
public sealed class ReplayWatchFloorTests(EngineFailureRecording recording) : IClassFixture<EngineFailureRecording>, IDisposable
{
    private readonly string _in = Path.Combine(Path.GetTempPath(), "entente-replay-floor-in-" + Guid.NewGuid().ToString("N"));
    private readonly string _out = Path.Combine(Path.GetTempPath(), "entente-replay-floor-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (var dir in new[] { _in, _out })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Replay_WithAWatchFloor_AcknowledgesTasks_AndWritesTheOutcomeReports()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_in);
        var lines = (await File.ReadAllLinesAsync(Path.Combine(recording.Recording, "detections.jsonl"), ct)).ToList();
        Assert.True(DetectionRecordJson.TryParse(Encoding.UTF8.GetBytes(lines[^1]), out var last, out _));
        lines.Add($$"""{"time":"{{DetectionRecordJson.FormatTime(last!.Time)}}","sensor":"snsm-calais-1","kind":"report","outcome":"rescued","lat":50.93,"lon":1.6,"sigma_m":50,"people":45,"source":"asset"}""");
        await File.WriteAllLinesAsync(Path.Combine(_in, "detections.jsonl"), lines, ct);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(["replay", _in, "--out", _out, "--scenario", recording.ScenarioFile, "--acknowledge-after", "1m", "--task-after", "2m"],
            output, error);

        Assert.True(exit == 0, error.ToString());
        var alerts = await File.ReadAllTextAsync(Path.Combine(_out, "alerts.jsonl"), ct);
        Assert.Contains("\"event\":\"acknowledged\"", alerts, StringComparison.Ordinal);
        Assert.Contains("\"actor\":\"replay-watch-officer (", alerts, StringComparison.Ordinal);
        var events = (await File.ReadAllLinesAsync(Path.Combine(_out, "incidents.jsonl"), ct)).Select(IncidentEventJson.Read).ToList();
        var tasked = Assert.Single(events.OfType<AssetTasked>());
        Assert.Equal("replay-watch-officer", tasked.Actor.Name);
        Assert.Equal(Incidents.Assets.AssetTaskType.Rescue, tasked.Task);
        var outcomes = await File.ReadAllLinesAsync(Path.Combine(_out, "outcomes.jsonl"), ct);
        var line = Assert.Single(outcomes);
        Assert.True(OutcomeReportJson.TryParse(Encoding.UTF8.GetBytes(line), out var report, out var why), why);
        Assert.Equal(("OUT-00001", BoatOutcome.Rescued, 45, "snsm-calais-1"), (report!.Id, report.Outcome, report.People!.Value, report.Reporter));
        Assert.Contains("1 outcome report (rescued 1) written to", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_WithABadDelay_IsBadInput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(["replay", recording.Recording, "--out", _out, "--task-after", "soon"], output, error);
        Assert.Equal(2, exit);
        Assert.Contains("--task-after", error.ToString(), StringComparison.Ordinal);
    }
}
