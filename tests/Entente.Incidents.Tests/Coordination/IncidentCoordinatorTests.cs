using Entente.Core.Positions;
using Entente.Geo.Geography;
using Entente.Incidents.Centres;
using Entente.Incidents.Coordination;
using Entente.Incidents.Events;
using Entente.Incidents.Evidence;
using Entente.Incidents.Incidents;
using Entente.Incidents.Tests.Incidents;
using Entente.Rules.Alerts;
using Entente.Rules.Environment;
using Entente.Rules.Situation;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Incidents.Tests.Coordination;

public sealed class IncidentCoordinatorTests
{
    private static readonly Lazy<ChannelGeography> Geography = new(ChannelGeography.LoadDefault);
    private static readonly DateTimeOffset T0 = IncidentFixtures.T0;

    // A boat drifting north-west from the French side of the Strait across the SAR line.
    private static GeoPosition Along(double fraction) =>
        GeoPosition.FromDegrees(50.93 + (0.20 * fraction), 1.70 - (0.30 * fraction));

    private static TrackReport Boat(double fraction) =>
        new(12, Along(fraction), 1.0, 315, 80, TrackClass.SmallBoat, 0.9, TrackStatus.Confirmed, people: 40);

    private static (IncidentCoordinator Coordinator, AlertBook Book, SituationContext Context) Create(IncidentCoordinatorOptions? options = null)
    {
        var context = new SituationContext(Geography.Value);
        var book = new AlertBook();
        return (new IncidentCoordinator(context, book, StillWater.Instance, options), book, context);
    }

    private static AlertChange StoppedAlert(AlertBook book, GeoPosition at, DateTimeOffset time) =>
        book.Raise(new AlertCandidate(AlertType.StoppedAtSea, AlertSeverity.Urgent, time, "stopped-at-sea/track-12", at, 12, null, "Small boat adrift.")
        {
            People = 40,
        })!;

    [Fact]
    public void ABoatAdrift_OpensAnIncident_CoordinatedByTheCentreWhoseRegionHoldsIt_AndLinksTheAlert()
    {
        var (coordinator, book, context) = Create();
        var frame = new SituationFrame(T0, [Boat(0)], []);
        context.Observe(frame);
        var (events, alerts) = coordinator.Observe(frame, [StoppedAlert(book, Along(0), T0)]);

        var incident = Assert.Single(coordinator.Incidents);
        Assert.Equal(coordinator.CentreFor(Along(0)), incident.Coordinator);
        Assert.Equal(CoordinationCentre.CrossGrisNez, incident.Coordinator);
        Assert.IsType<IncidentOpened>(Assert.Single(events));
        Assert.Equal(incident.Id.ToString(), Assert.Single(alerts).Alert.IncidentId);
        Assert.Equal(40, incident.People.Aboard);
    }

    [Fact]
    public void TheDatumFollowsTheTrack_AcrossTheSarLine_AndAHandoverIsOffered_ThenEscalatedWhenNotAccepted()
    {
        var (coordinator, book, context) = Create();
        var crossedAt = (DateTimeOffset?)null;
        for (var minute = 0; minute <= 120; minute++)
        {
            var time = T0.AddMinutes(minute);
            var frame = new SituationFrame(time, [Boat(minute / 120.0)], []);
            context.Observe(frame);
            coordinator.Observe(frame, minute == 0 ? [StoppedAlert(book, Along(0), time)] : []);
            if (crossedAt is null && coordinator.CentreFor(Along(minute / 120.0)) == CoordinationCentre.HmcgDover)
            {
                crossedAt = time;
            }
        }

        Assert.NotNull(crossedAt);
        var incident = Assert.Single(coordinator.Incidents);
        var offer = Assert.Single(incident.Log.OfType<HandoverOffered>());
        Assert.InRange(offer.Time, crossedAt.Value.AddMinutes(-5), crossedAt.Value.AddMinutes(5));
        Assert.Equal(CoordinationCentre.HmcgDover, offer.To);
        Assert.Equal(CoordinationCentre.CrossGrisNez, incident.Coordinator);
        Assert.Single(incident.Log.OfType<HandoverOverdue>());
        Assert.Contains(book.Alerts, a => a.Type == AlertType.HandoverOverdue && a.IncidentId == incident.Id.ToString());
        Assert.True(incident.Log.OfType<DatumMoved>().Count() >= 10);
        SarIncidentTests.AssertOneCoordinatorThroughout(incident);
    }

    [Fact]
    public void WhenTheTrackIsLost_TheDatumDriftsWithTheCurrent_AndItsUncertaintyGrows()
    {
        var tide = new RectilinearTide(2, 45, T0);
        var context = new SituationContext(Geography.Value);
        var book = new AlertBook();
        var coordinator = new IncidentCoordinator(context, book, tide);
        var first = new SituationFrame(T0, [Boat(0)], []);
        context.Observe(first);
        coordinator.Observe(first, [StoppedAlert(book, Along(0), T0)]);
        for (var minute = 1; minute <= 30; minute++)
        {
            var frame = new SituationFrame(T0.AddMinutes(minute), [], []);
            context.Observe(frame);
            coordinator.Observe(frame, []);
        }

        var incident = Assert.Single(coordinator.Incidents);
        Assert.Equal(DatumBasis.Drift, incident.Datum.Basis);
        Assert.True(incident.Datum.SigmaMetres > 200);
        // Half an hour of a flood near 2 kn setting north-east: the datum moved north and east.
        Assert.True(incident.Datum.Position.LatitudeDegrees > Along(0).LatitudeDegrees);
        Assert.True(incident.Datum.Position.LongitudeDegrees > Along(0).LongitudeDegrees);
    }

    [Fact]
    public void WhenTheTrackIsLost_TheDatumDriftsByTheLeewayOfWhatMayBeDrifting()
    {
        // Mid-Strait, wind 10 m/s from the south, still water, no current error, a crowded raft only: the leeway method's mean
        // downwind drift is 0.01·(1.56·10 + 8.30) = 0.239 m/s, so an hour moves the datum about 860 m north.
        var options = new IncidentCoordinatorOptions
        {
            Wind = new Sar.Forcing.ConstantWind(10, 180),
            CurrentUncertaintyMetresPerSecond = 0,
            DriftScenarios = [new Sar.Drift.DriftScenario(Sar.Leeway.LeewayCategories.RefugeeRaft, 1)],
            DriftParticles = 2_000,
        };
        var (coordinator, book, context) = Create(options);
        var first = new SituationFrame(T0, [Boat(0.5)], []);
        context.Observe(first);
        coordinator.Observe(first, [StoppedAlert(book, Along(0.5), T0)]);
        var incident = Assert.Single(coordinator.Incidents);
        Assert.Null(coordinator.DriftOf(incident.Id));

        for (var seconds = 10; seconds <= 3_600; seconds += 10)
        {
            var frame = new SituationFrame(T0.AddSeconds(seconds), [], []);
            context.Observe(frame);
            coordinator.Observe(frame, []);
        }

        var cloud = coordinator.DriftOf(incident.Id);
        Assert.NotNull(cloud);
        Assert.Equal(2_000, cloud.Count);
        Assert.Equal(T0.AddHours(1), cloud.Time);
        Assert.Equal(DatumBasis.Drift, incident.Datum.Basis);
        var start = Core.Projection.ChannelProjection.Project(Along(0.5));
        var now = Core.Projection.ChannelProjection.Project(incident.Datum.Position);
        var seedAt = incident.Log.OfType<DatumMoved>().First(m => m.Datum.Basis == DatumBasis.Drift);
        Assert.InRange(now.NorthingMetres - start.NorthingMetres, 0.239 * (3_600 - (seedAt.Time - T0).TotalSeconds) * 0.95, 0.239 * 3_600 * 1.05);
        Assert.InRange(Math.Abs(now.EastingMetres - start.EastingMetres), 0, 60);
        Assert.Contains("2,000 particles", incident.Log.OfType<DatumMoved>().Last().Reason, StringComparison.Ordinal);
        Assert.Contains("0% on the coast", incident.Log.OfType<DatumMoved>().Last().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ASearchThatFoundNothing_LowersTheDriftsProbabilityInTheSearchedArea_ByTheBayesFactor()
    {
        var (coordinator, book, context) = Create(new IncidentCoordinatorOptions { DriftParticles = 4_000 });
        var first = new SituationFrame(T0, [Boat(0.5)], []);
        context.Observe(first);
        coordinator.Observe(first, [StoppedAlert(book, Along(0.5), T0)]);
        for (var minute = 1; minute <= 90; minute++)
        {
            var frame = new SituationFrame(T0.AddMinutes(minute), [], []);
            context.Observe(frame);
            coordinator.Observe(frame, []);
        }

        var incident = Assert.Single(coordinator.Incidents);
        var before = coordinator.DriftOf(incident.Id)!;
        var datum = Core.Projection.ChannelProjection.Project(incident.Datum.Position);
        var unit = new Sar.Search.SearchAsset("SNSM Calais", 12, 500, 0.3);
        var pattern = Sar.Search.Patterns.ExpandingSquare.Create(unit, datum, 0, 500);
        var officer = incident.Coordinator == CoordinationCentre.CrossGrisNez ? IncidentFixtures.FrOfficer : IncidentFixtures.UkOfficer;

        var search = coordinator.RecordSearch(incident.Id, pattern, T0.AddMinutes(90), officer, "Square search round the datum, nothing seen.");

        // POC in the area before, and the IAMSAR update: POC' = POC·(1 − POD)/(1 − POC·POD).
        var inside = Enumerable.Range(0, before.Count).Where(i => pattern.Covers(before.EastingsMetres[i], before.NorthingsMetres[i])).ToList();
        var pocBefore = inside.Sum(i => before.Weights[i]);
        Assert.InRange(pocBefore, 0.05, 0.95);
        Assert.Equal(pocBefore * pattern.Pod, search.ProbabilityOfSuccess, tolerance: 1e-3);
        var after = coordinator.DriftOf(incident.Id)!;
        var pocAfter = inside.Sum(i => after.Weights[i]);
        Assert.Equal(pocBefore * (1 - pattern.Pod) / (1 - (pocBefore * pattern.Pod)), pocAfter, tolerance: 1e-9);
        Assert.Equal(search.ProbabilityOfSuccess, incident.CumulativeProbabilityOfSuccess, tolerance: 1e-12);
        Assert.Equal("expanding_square", search.Pattern);
        Assert.Throws<KeyNotFoundException>(() => coordinator.RecordSearch(Core.Identifiers.IncidentId.FromInt64(999), pattern, T0.AddMinutes(91), officer, "?"));
    }

    [Fact]
    public void SimulatedWatchOfficers_AcceptTheHandover_AndTheLogShowsOneCentreAtEveryMoment()
    {
        var (coordinator, book, context) = Create(new IncidentCoordinatorOptions { SimulatedAcceptanceAfter = TimeSpan.FromMinutes(3) });
        for (var minute = 0; minute <= 120; minute++)
        {
            var time = T0.AddMinutes(minute);
            var frame = new SituationFrame(time, [Boat(minute / 120.0)], []);
            context.Observe(frame);
            coordinator.Observe(frame, minute == 0 ? [StoppedAlert(book, Along(0), time)] : []);
        }

        var incident = Assert.Single(coordinator.Incidents);
        Assert.Equal(CoordinationCentre.HmcgDover, incident.Coordinator);
        var accepted = Assert.Single(incident.Log.OfType<HandoverAccepted>());
        Assert.Equal(CoordinationCentres.Agency(CoordinationCentre.HmcgDover), accepted.Actor.Agency);
        Assert.Empty(incident.Log.OfType<HandoverOverdue>());
        SarIncidentTests.AssertOneCoordinatorThroughout(incident);
    }

    [Fact]
    public void ClosingWithConflictingEvidence_RaisesAnEvidenceConflictAlert()
    {
        var (coordinator, book, context) = Create();
        var frame = new SituationFrame(T0, [Boat(0)], []);
        context.Observe(frame);
        coordinator.Observe(frame, [StoppedAlert(book, Along(0), T0)]);
        var incident = coordinator.Incidents[0];
        var actor = new Actor("gris-nez-cmc", CoordinationCentres.Agency(incident.Coordinator));

        var (refused, alert) = coordinator.RequestClosure(incident, new RescueEvidence(5, GeoPosition.FromDegrees(51.3, 1.9), T0.AddHours(1)),
            T0.AddHours(1), actor, "Found them.");
        Assert.IsType<ClosureRefused>(refused);
        Assert.NotNull(alert);
        Assert.Equal(AlertType.EvidenceConflict, alert.Alert.Type);
        Assert.Equal(incident.Id.ToString(), book.Find(alert.Alert.Number)!.IncidentId);
        Assert.Equal(IncidentStatus.Open, incident.Status);
    }
}
