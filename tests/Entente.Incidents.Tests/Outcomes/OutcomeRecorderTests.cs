using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Geo.Geography;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Incidents;
using Entente.Incidents.Outcomes;
using Entente.Rules.Situation;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Incidents.Tests.Outcomes;

public sealed class OutcomeRecorderTests
{
    private static readonly Lazy<ChannelGeography> Geography = new(ChannelGeography.LoadDefault);
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 23, 0, 0, TimeSpan.Zero);
    private static readonly GeoPosition AtSea = GeoPosition.FromDegrees(51.0, 1.45);

    private static TrackReport Boat(long id, GeoPosition at) => new(id, at, 4, 320, 60, TrackClass.SmallBoat, 0.9, TrackStatus.Confirmed);

    private static (OutcomeRecorder Recorder, SituationContext Context, List<SarIncident> Incidents) Setup()
    {
        var context = new SituationContext(Geography.Value);
        var incident = SarIncident.Open(IncidentId.FromInt64(3), T0, Actor.System, "ALR-00004", new Datum(AtSea, T0, 200, DatumBasis.Track, 5),
            CoordinationCentre.HmcgDover, new PeopleCount(40), "Opened from ALR-00004.");
        List<SarIncident> incidents = [incident];
        for (var minute = 0; minute < 5; minute++)
        {
            context.Observe(new SituationFrame(T0 + TimeSpan.FromMinutes(minute), [Boat(5, AtSea), Boat(9, Geodesic.Direct(AtSea, 90, 8_000).Position)], []));
        }

        return (new OutcomeRecorder(context, () => incidents), context, incidents);
    }

    private static DetectionRecord Reported(DateTimeOffset time, string sensor, GeoPosition at, BoatOutcome outcome, int people, string source) =>
        DetectionRecord.AtPosition(time, sensor, DetectionKind.Report, at, 50) with { Outcome = outcome, People = people, Source = source };

    [Fact]
    public void ARescueNearATrackedBoat_IsTiedToItsTrackAndIncident_AndCountedOnTheLogByTheAsset()
    {
        var (recorder, context, incidents) = Setup();
        var time = T0 + TimeSpan.FromMinutes(5);
        var near = Geodesic.Direct(AtSea, 10, 300).Position;
        var frame = new SituationFrame(time, [Boat(5, AtSea)], [Reported(time, "rnli-dover-alb", near, BoatOutcome.Rescued, 38, "asset")]);
        context.Observe(frame);

        var (reports, events) = recorder.Observe(frame);

        var report = Assert.Single(reports);
        Assert.Equal(("OUT-00001", BoatOutcome.Rescued, "rnli-dover-alb", 38), (report.Id, report.Outcome, report.Reporter, report.People!.Value));
        Assert.Equal(5, report.Track);
        Assert.Equal("INC-00003", report.Incident);
        Assert.Null(report.Zone);
        Assert.Contains("rnli-dover-alb reports people rescued, 38 people (track 5, INC-00003)", report.Message, StringComparison.Ordinal);
        var counted = Assert.IsType<PeopleCounted>(Assert.Single(events));
        Assert.Equal("rnli-dover-alb", counted.Actor.Name);
        Assert.Equal(38, counted.People.Rescued);
        Assert.Equal(40, counted.People.Aboard);
        Assert.Equal(IncidentStatus.Open, incidents[0].Status);
    }

    [Fact]
    public void APreventedLaunch_NamesItsBeach_AndNoTrackOrIncident()
    {
        var (recorder, context, _) = Setup();
        var beach = Geography.Value.Find("beach-wissant")!.GeometryDegrees.Coordinate;
        var time = T0 + TimeSpan.FromMinutes(5);
        var frame = new SituationFrame(time, [], [Reported(time, "fr-beach-patrol", GeoPosition.FromDegrees(beach.Y + 0.002, beach.X), BoatOutcome.Prevented, 45, "patrol")]);
        context.Observe(frame);

        var report = Assert.Single(recorder.Observe(frame).Reports);

        Assert.Equal("beach-wissant", report.Zone);
        Assert.Null(report.Track);
        Assert.Null(report.Incident);
    }

    [Fact]
    public void AReportFarFromEverything_IsKeptUntied_AndALandingOfAnEndedTrackIsStillTied()
    {
        var (recorder, context, _) = Setup();
        var time = T0 + TimeSpan.FromMinutes(5);
        // Track 9 ends (not in this frame); its landing is reported a few minutes later, beside where it was last seen.
        context.Observe(new SituationFrame(time, [Boat(5, AtSea)], []));
        recorder.Observe(new SituationFrame(time, [Boat(5, AtSea)], []));
        var later = time + TimeSpan.FromMinutes(4);
        var lastSeen = Geodesic.Direct(AtSea, 90, 8_000).Position;
        var far = GeoPosition.FromDegrees(50.6, 0.5);
        var frame = new SituationFrame(later, [Boat(5, AtSea)],
            [Reported(later, "uk-border-force-landings", Geodesic.Direct(lastSeen, 0, 400).Position, BoatOutcome.Landed, 30, "patrol"),
             Reported(later, "bf-cutter-1", far, BoatOutcome.Intercepted, 20, "asset")]);
        context.Observe(frame);

        var reports = recorder.Observe(frame).Reports;

        Assert.Equal(2, reports.Count);
        Assert.Equal(9, reports[0].Track);
        Assert.Null(reports[0].Incident);
        Assert.Equal((2L, (long?)null, (string?)null), (reports[1].Number, reports[1].Track, reports[1].Incident));
    }

    [Fact]
    public void APersonsReport_KeepsWhatTheyNamed_FindsTheRest_AndRefusesAnUnknownPlaceOrIncident()
    {
        var (recorder, _, _) = Setup();
        recorder.Restore([new OutcomeReport(7, T0, BoatOutcome.Landed, "uk-border-force-landings")]);
        var officer = new Actor("dover-swo", Core.Sharing.Agencies.HmCoastguard.Id);

        var (report, events) = recorder.Report(BoatOutcome.Rescued, T0 + TimeSpan.FromMinutes(6), officer, 12, AtSea, null, null, null, "Twelve aboard the lifeboat.");

        Assert.Equal("OUT-00008", report.Id);
        Assert.Equal("dover-swo (uk-hmcg)", report.Reporter);
        Assert.Equal((5L, "INC-00003"), (report.Track!.Value, report.Incident!));
        Assert.Equal("Twelve aboard the lifeboat.", report.Message);
        Assert.Equal(12, Assert.IsType<PeopleCounted>(Assert.Single(events)).People.Rescued);
        Assert.Throws<ArgumentException>(() => recorder.Report(BoatOutcome.Prevented, T0, officer, 3, null, "beach-atlantis", null, null, null));
        Assert.Throws<ArgumentException>(() => recorder.Report(BoatOutcome.Rescued, T0, officer, 3, null, null, null, "INC-00099", null));
        Assert.Equal(2, recorder.Reports.Count);
    }
}
