using Entente.Core.Detections;
using Entente.Geo.Geography;
using Entente.Incidents.Events;
using Entente.Incidents.Incidents;
using Entente.Picture.Pipeline;
using Entente.Picture.WatchFloor;
using Entente.Rules.Alerts;
using Entente.Rules.Environment;
using Entente.Simulation.Engine;
using Entente.Simulation.Scenarios;
using Entente.Testing.Situation;

namespace Entente.Incidents.Tests.Acceptance;

/// <summary>busy-night through the whole pipeline with simulated watch officers: every outcome the simulator reports
/// becomes one numbered outcome report, tied where it can be; every alert is acknowledged and every incident tasked, on
/// the record, as their actors.</summary>
public sealed class BusyNightOutcomeTests
{
    private static readonly TimeSpan AcknowledgeAfter = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan TaskAfter = TimeSpan.FromMinutes(5);
    private static readonly Lazy<Night> Result = new(Run);

    private sealed record Night(PicturePipeline Pipeline, List<PictureUpdate> Updates, List<DetectionRecord> Reported);

    private static Night Run()
    {
        var scenario = BuiltInScenarios.Get("busy-night");
        var tide = scenario.Tide;
        var pipeline = new PicturePipeline(ChannelGeography.LoadDefault(), new PicturePipelineOptions
        {
            Current = new RectilinearTide(tide.MaxSpeedKnots, tide.FloodDirectionDegrees, tide.FloodPeak),
            WatchFloor = new SimulatedWatchFloorOptions { AcknowledgeAfter = AcknowledgeAfter, TaskAfter = TaskAfter },
        });
        var updates = new List<PictureUpdate>();
        var reported = new List<DetectionRecord>();
        var sink = new SimulatedPicture(pipeline, updates.Add, detection: d =>
        {
            if (d.IsOutcomeReport)
            {
                reported.Add(d);
            }
        });
        new Simulator(scenario, ChannelGeography.LoadDefault(), sink).Run();
        return new Night(pipeline, updates, reported);
    }

    [Fact]
    public void EveryOutcomeReported_BecomesOneNumberedReport_TiedToItsPlaceOrTrack()
    {
        var (pipeline, updates, reported) = Result.Value;
        var output = TestContext.Current.TestOutputHelper!;
        var outcomes = updates.SelectMany(u => u.Outcomes).ToList();
        foreach (var o in outcomes)
        {
            output.WriteLine($"{o.Id} {o.Time:HH:mm:ss} {o.Outcome} {o.People} zone {o.Zone} track {o.Track} {o.Incident}: {o.Message}");
        }

        Assert.NotEmpty(reported);
        // Reports due in the night's last frame may not be framed yet.
        Assert.InRange(outcomes.Count, reported.Count - 1, reported.Count);
        Assert.Equal(outcomes, pipeline.Outcomes.Reports);
        Assert.Equal(Enumerable.Range(1, outcomes.Count).Select(n => (long)n), outcomes.Select(o => o.Number));
        foreach (var outcome in Enum.GetValues<BoatOutcome>())
        {
            Assert.InRange(outcomes.Count(o => o.Outcome == outcome), reported.Count(r => r.Outcome == outcome) - 1, reported.Count(r => r.Outcome == outcome));
        }

        Assert.All(outcomes.Where(o => o.Outcome == BoatOutcome.Prevented), o => Assert.StartsWith("beach-", o.Zone, StringComparison.Ordinal));
        Assert.All(outcomes.Where(o => o.Outcome == BoatOutcome.Prevented), o => Assert.Null(o.Track));
        var atSea = outcomes.Where(o => o.Outcome is BoatOutcome.Intercepted or BoatOutcome.Rescued or BoatOutcome.Landed).ToList();
        Assert.True(atSea.Count(o => o.Track is not null) * 2 >= atSea.Count, $"{atSea.Count(o => o.Track is not null)} of {atSea.Count} tied to a track");
        Assert.Equal(reported.Take(outcomes.Count).Sum(r => r.People ?? 0), outcomes.Sum(o => o.People ?? 0));
    }

    [Fact]
    public void EveryAlert_IsAcknowledgedByASimulatedOfficer_AfterTheDelay()
    {
        var (pipeline, updates, _) = Result.Value;
        var acknowledged = updates.SelectMany(u => u.Alerts).Where(c => c.Kind == AlertChangeKind.Acknowledged).ToList();
        Assert.NotEmpty(acknowledged);
        Assert.All(acknowledged, c =>
        {
            Assert.StartsWith(SimulatedWatchFloor.OfficerName + " (", c.Actor, StringComparison.Ordinal);
            Assert.InRange(c.Time - c.Alert.RaisedAt, AcknowledgeAfter, AcknowledgeAfter + pipeline.Options.FrameInterval);
        });
        var last = pipeline.LatestFrame!.Time;
        Assert.All(pipeline.Monitor.Book.Alerts.Where(a => last - a.RaisedAt >= AcknowledgeAfter + pipeline.Options.FrameInterval),
            a => Assert.NotEqual(AlertStatus.Raised, a.Status));
        // Only a distress alert (1 minute) can escalate before the officers take it; nothing escalates after.
        Assert.All(updates.SelectMany(u => u.Alerts).Where(c => c.Kind == AlertChangeKind.Escalated),
            c => Assert.True(c.Time - c.Alert.RaisedAt <= AcknowledgeAfter, $"{c.Alert.Id} escalated at {c.Time:HH:mm:ss}"));
    }

    [Fact]
    public void EveryIncident_IsTaskedTheNearestAvailableAssetOfItsCentre_ThatNeedsNoConsent()
    {
        var (pipeline, updates, _) = Result.Value;
        var output = TestContext.Current.TestOutputHelper!;
        var incidents = pipeline.Incidents.Incidents;
        Assert.NotEmpty(incidents);
        foreach (var incident in incidents)
        {
            var tasked = incident.Log.OfType<AssetTasked>().ToList();
            output.WriteLine($"{incident.Id} opened {incident.OpenedAt:HH:mm:ss}: {string.Join("; ", tasked.Select(t => $"{t.AssetId} at {t.Time:HH:mm:ss} by {t.Actor}, waters {t.DestinationWaters}"))}");
            if (pipeline.LatestFrame!.Time - incident.OpenedAt < TaskAfter + pipeline.Options.FrameInterval || incident.Status != IncidentStatus.Open)
            {
                continue;
            }

            var first = Assert.Single(tasked);
            Assert.Equal(SimulatedWatchFloor.OfficerName, first.Actor.Name);
            Assert.True(first.Actor.Staffs(first.Coordinator));
            Assert.InRange(first.Time - incident.OpenedAt, TaskAfter, TaskAfter + pipeline.Options.FrameInterval);
            Assert.True(first.DestinationWaters is Core.Sharing.Nations.None || first.DestinationWaters == first.AssetNation,
                $"{first.AssetId} sent into the other state's waters");
        }

        // Rescues reported on an incident are counted on its log by the reporting asset; nothing closes an incident.
        var counted = updates.SelectMany(u => u.Events).OfType<PeopleCounted>().ToList();
        var rescuedOnIncidents = updates.SelectMany(u => u.Outcomes).Where(o => o.Outcome == BoatOutcome.Rescued && o.Incident is not null).ToList();
        Assert.All(rescuedOnIncidents, o => Assert.Contains(counted, c => c.Actor.Name == o.Reporter && c.Reason.StartsWith(o.Id, StringComparison.Ordinal)));
        Assert.DoesNotContain(updates.SelectMany(u => u.Events), e => e is IncidentClosed);
    }
}
