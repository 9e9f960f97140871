using Entente.Geo.Geography;
using Entente.Incidents.Centres;
using Entente.Incidents.Coordination;
using Entente.Incidents.Events;
using Entente.Incidents.Incidents;
using Entente.Incidents.Tests.Incidents;
using Entente.Picture.Pipeline;
using Entente.Rules.Alerts;
using Entente.Rules.Environment;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;
using Entente.Testing.Situation;

namespace Entente.Incidents.Tests.Acceptance;

/// <summary>The night of 24 November 2021, replayed through the whole pipeline: the boats in trouble become incidents,
/// an incident survives its boat crossing the SAR line, and every log has one coordinating centre at every instant.</summary>
public sealed class Nov2021IncidentTests
{
    private static readonly Lazy<(PicturePipeline Pipeline, List<AlertChange> Alerts, Dictionary<string, List<TruthRecord>> Truth)> Night = new(Run);

    private static (PicturePipeline, List<AlertChange>, Dictionary<string, List<TruthRecord>>) Run()
    {
        var scenario = BuiltInScenarios.Get("nov-2021");
        var tide = scenario.Tide;
        var pipeline = new PicturePipeline(ChannelGeography.LoadDefault(), new PicturePipelineOptions
        {
            Current = new RectilinearTide(tide.MaxSpeedKnots, tide.FloodDirectionDegrees, tide.FloodPeak),
            Incidents = new IncidentCoordinatorOptions { SimulatedAcceptanceAfter = TimeSpan.FromMinutes(4) },
        });
        var alerts = new List<AlertChange>();
        var truth = new Dictionary<string, List<TruthRecord>>(StringComparer.Ordinal);
        var sink = new SimulatedPicture(pipeline, u => alerts.AddRange(u.Alerts), r =>
        {
            if (r.Kind is ObjectKind.SmallBoat)
            {
                (truth.TryGetValue(r.Id, out var list) ? list : truth[r.Id] = []).Add(r);
            }
        });
        new Simulator(scenario, ChannelGeography.LoadDefault(), sink).Run();
        return (pipeline, alerts, truth);
    }

    [Fact]
    public void EveryIncidentLog_HasExactlyOneCoordinatingCentreAtEveryInstant_AndSomeIncidentIsHandedOver()
    {
        var (pipeline, alerts, truth) = Night.Value;
        var output = TestContext.Current.TestOutputHelper!;
        foreach (var incident in pipeline.Incidents.Incidents)
        {
            output.WriteLine($"{incident.Id} {incident.Origin} opened {incident.OpenedAt:HH:mm} by {CoordinationCentres.ToName(incident.Log[0].Coordinator)}, now {CoordinationCentres.ToName(incident.Coordinator)}, {incident.Log.Count} events, datum {incident.Datum.Basis} {incident.Datum.Position}");
            foreach (var e in incident.Log.Where(e => e is not DatumMoved))
            {
                output.WriteLine($"   {e.Time:HH:mm:ss} {e.Type} [{CoordinationCentres.ToName(e.Coordinator)}] {e.Actor}: {e.Reason}");
            }
        }

        foreach (var a in alerts.Where(a => a.Kind == AlertChangeKind.Raised && a.Alert.Type is not (AlertType.AisGap or AlertType.TssEntry)))
        {
            output.WriteLine($"{a.Alert.Id} {a.Time:HH:mm:ss} {AlertTypes.ToName(a.Alert.Type)}: {a.Alert.Message}");
        }

        foreach (var (id, records) in truth)
        {
            output.WriteLine($"{id}: " + string.Join(", ", records.GroupBy(r => r.State).Select(g => $"{g.Key} {g.First().Time:HH:mm}")));
        }

        Assert.NotEmpty(pipeline.Incidents.Incidents);
        foreach (var incident in pipeline.Incidents.Incidents)
        {
            SarIncidentTests.AssertOneCoordinatorThroughout(incident);
        }

        var handedOver = pipeline.Incidents.Incidents.Where(i => i.Log.OfType<HandoverAccepted>().Any()).ToList();
        Assert.NotEmpty(handedOver);
        foreach (var incident in handedOver)
        {
            var offer = incident.Log.OfType<HandoverOffered>().First();
            var accepted = incident.Log.OfType<HandoverAccepted>().First();
            Assert.True(accepted.Time >= offer.Time);
            Assert.Equal(offer.To, accepted.To);
            Assert.True(incident.Status == IncidentStatus.Open || incident.Log.OfType<IncidentClosed>().Any());
        }
    }
}
