using Entente.Incidents.Output;
using Entente.Rules.Alerts;
using Entente.Statistics.Operational;
using Entente.Storage.Events;
using static Entente.Statistics.Tests.Operational.OperationalFixtures;

namespace Entente.Statistics.Tests.Operational;

/// <summary>Records read from replay outputs and from stored events; bad ones counted with where they were, never thrown.</summary>
public sealed class OperationalRecordReaderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-records-" + Guid.NewGuid().ToString("N"));

    public OperationalRecordReaderTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Directory_ReadsEachFile_AndCountsBadLinesWithFileAndLine()
    {
        var ct = TestContext.Current.CancellationToken;
        var launch = AlertLine(Raised(At(0), 1, AlertType.Launch, 1, "beach-wissant"));
        await File.WriteAllLinesAsync(Path.Combine(_directory, "alerts.jsonl"), [launch, "{not json", "", "{\"time\":\"2026-11-21T19:00:00Z\"}"], System.Text.Encoding.UTF8, ct);
        await File.WriteAllLinesAsync(Path.Combine(_directory, "incidents.jsonl"),
            [IncidentEventJson.Write(Opened(1, At(1), "ALR-00001")), IncidentEventJson.Write(Closed(1, At(50))), "[1,2]"], System.Text.Encoding.UTF8, ct);

        var records = await OperationalRecordReader.ReadDirectoryAsync(_directory, ct);

        Assert.Equal("ALR-00001", Assert.Single(records.AlertChanges).Alert);
        Assert.Equal(2, records.IncidentEvents.Count);
        Assert.Empty(records.Outcomes);
        Assert.Equal([("alerts.jsonl", 2L), ("alerts.jsonl", 4L), ("incidents.jsonl", 3L)],
            records.Errors.Select(e => (Path.GetFileName(e.Source), e.Line)));
        Assert.All(records.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        var report = OperationalStatistics.Compute(records, Night, Night);
        Assert.Equal((1, 1, 1, 3), (report.Total.LaunchesDetected, report.Total.IncidentsOpened, report.Total.IncidentsClosed, report.UnreadRecords));
    }

    [Fact]
    public async Task Directory_WithoutFiles_HasNoRecords_AndAMissingOneIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;

        var records = await OperationalRecordReader.ReadDirectoryAsync(_directory, ct);

        Assert.Empty(records.Times);
        Assert.Empty(records.Errors);
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => OperationalRecordReader.ReadDirectoryAsync(Path.Combine(_directory, "nope"), ct));
    }

    [Fact]
    public async Task Directory_OutcomeLines_AreRead_AndABadOneCountedByLine()
    {
        var ct = TestContext.Current.CancellationToken;
        var landed = Outcome(3, At(70), Core.Detections.BoatOutcome.Landed, 40, track: 5);
        await File.WriteAllLinesAsync(Path.Combine(_directory, "outcomes.jsonl"), [OutcomeReportJson.Write(landed), "{\"outcome\":\"landed\"}"],
            System.Text.Encoding.UTF8, ct);

        var records = await OperationalRecordReader.ReadDirectoryAsync(_directory, ct);

        var read = Assert.Single(records.Outcomes);
        Assert.Equal((landed.Id, landed.Outcome, landed.People, landed.Track), (read.Id, read.Outcome, read.People, read.Track));
        Assert.Equal(("outcomes.jsonl", 2L), (Path.GetFileName(records.Errors.Single().Source), records.Errors.Single().Line));
    }

    [Fact]
    public void StoredEvents_OutcomeStreams_AreRead()
    {
        var rescued = Outcome(1, At(10), Core.Detections.BoatOutcome.Rescued, 41, incident: "INC-00002");

        var records = OperationalRecordReader.FromStoredEvents([Stored(1, "outcome-00001", 1, OutcomeReportJson.Write(rescued))]);

        Assert.Equal(("OUT-00001", 41, "INC-00002"), (records.Outcomes.Single().Id, records.Outcomes.Single().People, records.Outcomes.Single().Incident));
        Assert.Empty(records.Errors);
    }

    [Fact]
    public void StoredEvents_ByStream_OthersPassedOver()
    {
        var launch = AlertLine(Raised(At(0), 1, AlertType.Launch, 1, "beach-wissant"));
        var opened = IncidentEventJson.Write(Opened(7, At(1), "ALR-00001"));
        var events = new[]
        {
            Stored(1, "alert-00001", 1, launch),
            Stored(2, "incident-00007", 1, opened),
            Stored(3, "incident-00007", 2, "{\"event\":\"nonsense\"}"),
            Stored(4, "alert-00002", 1, "not json"),
            Stored(5, "sensor-config", 1, "{}"),
        };

        var records = OperationalRecordReader.FromStoredEvents(events);

        Assert.Single(records.AlertChanges);
        Assert.Equal("INC-00007", Assert.Single(records.IncidentEvents).Incident.ToString());
        Assert.Equal([("incident-00007", 2L), ("alert-00002", 1L)], records.Errors.Select(e => (e.Source, e.Line)));
    }

    private static StoredEvent Stored(long position, string stream, int version, string payload) =>
        new(position, stream, version, "x", At(0), "entente", "hmcg-dover", "", payload);
}
