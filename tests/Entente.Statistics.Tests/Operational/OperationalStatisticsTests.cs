using Entente.Core.Detections;
using Entente.Rules.Alerts;
using Entente.Statistics.Operational;
using static Entente.Statistics.Tests.Operational.OperationalFixtures;

namespace Entente.Statistics.Tests.Operational;

/// <summary>Every definition of the operational statistics on hand-made records, with its edges.</summary>
public sealed class OperationalStatisticsTests
{
    [Fact]
    public void Night_RunsNoonToNoon_NamedByItsEvening()
    {
        Assert.Equal(new DateOnly(2026, 11, 21), OperationalNight.Of(new DateTimeOffset(2026, 11, 22, 11, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 22), OperationalNight.Of(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 21), OperationalNight.Of(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero)));
        // Another offset is the same instant: 13:30 at +02:00 is 11:30 UTC, still the night before.
        Assert.Equal(new DateOnly(2026, 11, 21), OperationalNight.Of(new DateTimeOffset(2026, 11, 22, 13, 30, 0, TimeSpan.FromHours(2))));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), OperationalNight.Start(Night));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero), OperationalNight.End(Night));
    }

    [Fact]
    public void EmptyRecords_GiveZeroesAndNoNights()
    {
        var report = OperationalStatistics.Compute(OperationalRecords.Empty, Night, Night.AddDays(6));

        Assert.Empty(report.Nights);
        Assert.Equal((Night, Night.AddDays(6)), (report.Total.FirstNight, report.Total.LastNight));
        Assert.Equal(0, report.Total.LaunchesDetected + report.Total.BoatsAtSea + report.Total.IncidentsOpened);
        Assert.Empty(report.Total.LaunchesByBeach);
        Assert.Equal(new DurationSummary(0, null, null, null), report.Total.AlertToAcknowledgement);
    }

    [Fact]
    public void Compute_RefusesABackwardOrTooLongRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OperationalStatistics.Compute(OperationalRecords.Empty, Night, Night.AddDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => OperationalStatistics.Compute(OperationalRecords.Empty, Night, Night.AddDays(366)));
        Assert.Equal(366, OperationalStatistics.Compute(OperationalRecords.Empty, Night, Night.AddDays(365)).LastNight.DayNumber - Night.DayNumber + 1);
    }

    [Fact]
    public void Launches_LeaveOutFalseAlarmsAndDuplicates_AndCountByBeach()
    {
        var alerts = new[]
        {
            Raised(At(0), 1, AlertType.Launch, 1, "beach-wissant"),
            Raised(At(1), 2, AlertType.Launch, 2, "beach-wissant"),
            Raised(At(2), 3, AlertType.Launch, 3, "beach-wimereux"),
            Raised(At(3), 4, AlertType.Launch, 4, "beach-wimereux"),
            Raised(At(4), 5, AlertType.Launch, 5),
            Resolved(At(30), 1, AlertType.Launch, "Boat landed at Dover."),
            Resolved(At(31), 2, AlertType.Launch, "False alarm: a fishing boat."),
            Resolved(At(32), 3, AlertType.Launch, "  DUPLICATE of ALR-00004."),
        };

        var period = Compute(alerts);

        Assert.Equal(3, period.LaunchesDetected);
        Assert.Equal(new Dictionary<string, int> { ["beach-wimereux"] = 1, ["beach-wissant"] = 1 }, period.LaunchesByBeach);
        Assert.Equal(["beach-wimereux", "beach-wissant"], period.LaunchesByBeach.Keys);
    }

    [Fact]
    public void AFalseAlarmLaterReopenedAndResolvedOtherwise_Counts()
    {
        // The latest resolution is the one that holds.
        var period = Compute([Raised(At(0), 1, AlertType.Launch, 1, "beach-wissant"), Resolved(At(5), 1, AlertType.Launch, "False alarm."),
            Resolved(At(9), 1, AlertType.Launch, "Confirmed by the beach patrol.")]);

        Assert.Equal(1, period.LaunchesDetected);
    }

    [Fact]
    public void NightBoundary_AtNoon_SplitsTheNights()
    {
        var beforeNoon = new DateTimeOffset(2026, 11, 22, 11, 59, 59, TimeSpan.Zero);
        var atNoon = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
        var records = new OperationalRecords([Raised(beforeNoon, 1, AlertType.Launch, 1, "beach-wissant"), Raised(atNoon, 2, AlertType.Launch, 2, "beach-berck")], [], []);

        var report = OperationalStatistics.Compute(records, Night, Night.AddDays(1));

        Assert.Equal([Night, Night.AddDays(1)], report.Nights.Select(n => n.FirstNight));
        Assert.Equal(["beach-wissant"], report.Nights[0].LaunchesByBeach.Keys);
        Assert.Equal(["beach-berck"], report.Nights[1].LaunchesByBeach.Keys);
        Assert.Equal(2, report.Total.LaunchesDetected);
        Assert.Equal(1, OperationalStatistics.Compute(records, Night, Night).Total.LaunchesDetected);
    }

    [Fact]
    public void ARecordBeforeTheRange_CountsForNothing_ButItsNightLaterInRangeIsListed()
    {
        // Raised the night before, acknowledged on the night: the alert belongs to the night it was raised.
        var raised = At(-24 * 60);
        var records = new OperationalRecords([Raised(raised, 1, AlertType.Launch, 1, "beach-wissant"), Alert(At(5), AlertChangeKind.Acknowledged, 1, AlertType.Launch)], [], []);

        var report = OperationalStatistics.Compute(records, Night, Night);

        Assert.Equal(0, report.Total.LaunchesDetected);
        Assert.Equal(0, report.Total.AlertToAcknowledgement.Count);
        var night = Assert.Single(report.Nights);
        Assert.Equal(Night, night.FirstNight);
        Assert.Equal(1, OperationalStatistics.Compute(records, Night.AddDays(-1), Night).Total.AlertToAcknowledgement.Count);
    }

    [Fact]
    public void Landed_IsLandedReportsPlusLandingAlertsNoReportMatches()
    {
        var near = GeoPosition(51.13, 1.33); // about 1.3 km from Dover
        var alerts = new[]
        {
            Raised(At(60), 1, AlertType.Landing, 5, people: 38, position: Dover),   // same track as report 1
            Raised(At(100), 2, AlertType.Landing, people: 30, position: near),     // 20 min and ~1.3 km from report 2
            Raised(At(200), 3, AlertType.Landing, people: 25, position: Dover),    // 40 min from report 2: its own boat
            Raised(At(300), 4, AlertType.Landing, 8, people: 20, position: Dover), // no report
            Raised(At(301), 5, AlertType.Landing, 8, people: 20, position: Dover), // the same track again: the same boat
            Raised(At(310), 6, AlertType.Landing, 9, people: 99, position: Dover),
            Resolved(At(320), 6, AlertType.Landing, "False alarm: a buoy."),
        };
        var outcomes = new[]
        {
            Outcome(1, At(70), BoatOutcome.Landed, 40, track: 5),
            Outcome(2, At(120), BoatOutcome.Landed, 31, position: Dover),
        };

        var period = Compute(alerts, outcomes: outcomes);

        Assert.Equal(4, period.BoatsLanded);
        Assert.Equal(40 + 31 + 25 + 20, period.PeopleLanded);
    }

    [Fact]
    public void ALandingAlertFarAway_IsNotTheReportedBoat()
    {
        var calais = GeoPosition(50.96, 1.85); // over 30 km from Dover
        var period = Compute([Raised(At(0), 1, AlertType.Landing, people: 10, position: calais)], outcomes: [Outcome(1, At(5), BoatOutcome.Landed, 12, position: Dover)]);

        Assert.Equal((2, 22), (period.BoatsLanded, period.PeopleLanded));
    }

    [Fact]
    public void Outcomes_CountEachBoatOnce_ByTrackOrIncident()
    {
        var outcomes = new[]
        {
            Outcome(1, At(10), BoatOutcome.Rescued, 40, track: 7, incident: "INC-00001"),
            Outcome(2, At(20), BoatOutcome.Rescued, 42, incident: "INC-00001"),        // the same incident: the same boat, recounted
            Outcome(3, At(30), BoatOutcome.Intercepted, 12, track: 9),
            Outcome(4, At(31), BoatOutcome.Intercepted, 12, track: 9),                  // the same track
            Outcome(5, At(40), BoatOutcome.Prevented, 50),
            Outcome(6, At(41), BoatOutcome.Prevented, 45),                              // no track or incident: another boat
            Outcome(7, At(50), BoatOutcome.Rescued, null, track: 11),                   // people not known
        };

        var period = Compute(outcomes: outcomes);

        Assert.Equal((2, 42), (period.BoatsRescued, period.PeopleRescued));
        Assert.Equal((1, 12), (period.BoatsIntercepted, period.PeopleIntercepted));
        Assert.Equal((2, 95), (period.BoatsPrevented, period.PeoplePrevented));
    }

    [Fact]
    public void ALaterReportOfTheSameBoat_SupersedesTheEarlierOutcome()
    {
        var period = Compute(outcomes: [Outcome(1, At(10), BoatOutcome.Intercepted, 30, track: 3), Outcome(2, At(40), BoatOutcome.Rescued, 31, track: 3)]);

        Assert.Equal((0, 1, 31), (period.BoatsIntercepted, period.BoatsRescued, period.PeopleRescued));
    }

    [Fact]
    public void BoatsAtSea_AreLaunchesPlusBoatsFirstDetectedAtSea()
    {
        var alerts = new[]
        {
            Raised(At(0), 1, AlertType.Launch, 1, "beach-wissant", people: 30),     // then rescued with 45 counted
            Raised(At(1), 2, AlertType.Launch, 2, "beach-wimereux", people: 20),    // nothing more known
            Raised(At(2), 3, AlertType.Launch, 3, "beach-berck", incident: "INC-00004"),
            Raised(At(90), 4, AlertType.Landing, 11, people: 15, position: Dover),  // a boat never seen launching
            Raised(At(91), 5, AlertType.Landing, 2, people: 20, position: Dover),   // the Wimereux boat landing
        };
        var outcomes = new[]
        {
            Outcome(1, At(60), BoatOutcome.Rescued, 45, track: 1),
            Outcome(2, At(61), BoatOutcome.Intercepted, 12, track: 9),  // first detected at sea
            Outcome(3, At(62), BoatOutcome.Prevented, 50, track: 10),   // never at sea
            Outcome(4, At(63), BoatOutcome.Rescued, 33, incident: "INC-00004"), // the Berck launch's incident
        };

        var period = Compute(alerts, outcomes: outcomes);

        Assert.Equal(3, period.LaunchesDetected);
        Assert.Equal(3 + 2, period.BoatsAtSea);
        Assert.Equal(45 + 20 + 33 + 12 + 15, period.PeopleAtSea);
    }

    [Fact]
    public void Incidents_AndHandovers_AreCountedFromTheirEvents()
    {
        var events = new Incidents.Events.IncidentEvent[]
        {
            Opened(1, At(0), "ALR-00001"), Offered(1, At(5)), Declined(1, At(6)), Offered(1, At(20)), Accepted(1, At(22)), Closed(1, At(90)),
            Opened(2, At(30), "ALR-00002"),
            Closed(3, At(-24 * 60 + 5)), // another night
        };

        var period = Compute(events: events);

        Assert.Equal((2, 1), (period.IncidentsOpened, period.IncidentsClosed));
        Assert.Equal((2, 1, 1), (period.HandoversOffered, period.HandoversAccepted, period.HandoversDeclined));
    }

    [Fact]
    public void PeopleMissing_IsEachIncidentsLatestCount()
    {
        var events = new Incidents.Events.IncidentEvent[]
        {
            Opened(1, At(0), "ALR-00001"), Counted(1, At(30), 3), Counted(1, At(60), 2),
            Opened(2, At(0), "ALR-00002", missing: 4),
            Opened(3, At(0), "ALR-00003"), Counted(3, At(10), 5), Counted(3, At(20), 0),
        };

        Assert.Equal(2 + 4, Compute(events: events).PeopleMissing);
    }

    [Fact]
    public void AlertToAcknowledgement_IsRaisedToFirstAcknowledgement_MedianAndP90ByNearestRank()
    {
        var alerts = new List<Rules.Output.AlertChangeRecord>();
        for (var i = 1; i <= 10; i++)
        {
            alerts.Add(Raised(At(i), i, AlertType.TssEntry));
            alerts.Add(Alert(At(i + i), AlertChangeKind.Acknowledged, i, AlertType.TssEntry));
            alerts.Add(Alert(At(i + i + 50), AlertChangeKind.Acknowledged, i, AlertType.TssEntry)); // a second acknowledgement: not the first
        }

        alerts.Add(Raised(At(5), 99, AlertType.Launch, 1, "beach-wissant")); // never acknowledged

        var summary = Compute(alerts).AlertToAcknowledgement;

        Assert.Equal(10, summary.Count);
        Assert.Equal(TimeSpan.FromMinutes(5), summary.Median);
        Assert.Equal(TimeSpan.FromMinutes(9), summary.Percentile90);
        Assert.Equal(TimeSpan.FromMinutes(10), summary.Longest);
    }

    [Fact]
    public void DistressToFirstTasking_StartsAtTheDistressReportOrFirstCall()
    {
        var alerts = new[] { Raised(At(0), 1, AlertType.DistressReport), Raised(At(0), 2, AlertType.Launch, 4, "beach-wissant") };
        var events = new Incidents.Events.IncidentEvent[]
        {
            // Opened from a distress report raised at 0; a call follows; tasked at 10 and again at 20.
            Opened(1, At(0.5), "ALR-00001"), Call(1, At(1)), Tasked(1, At(10)), Tasked(1, At(20)),
            // Opened from a launch alert; the first call at 30, tasked at 33.
            Opened(2, At(5), "ALR-00002"), Call(2, At(30)), Tasked(2, At(33)), Call(2, At(40)),
            // No call and not from a distress report: no duration.
            Opened(3, At(5), "ALR-00003"), Tasked(3, At(8)),
            // A call but never tasked.
            Opened(4, At(5), "ALR-00004"), Call(4, At(6)),
        };

        var summary = Compute(alerts, events).DistressToFirstTasking;

        Assert.Equal(2, summary.Count);
        Assert.Equal(TimeSpan.FromMinutes(3), summary.Median);
        Assert.Equal(TimeSpan.FromMinutes(10), summary.Longest);
    }

    [Fact]
    public void LaunchToFirstDetection_ComesFromLaunchedDetectedPairs()
    {
        var facts = OperationalStatistics.LaunchToFirstDetection([(At(0), At(4)), (At(10), At(11)), (At(20), At(19))]).ToList();

        Assert.Equal([TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(1)], facts.Select(f => f.Duration));
        Assert.Equal([At(0), At(10)], facts.Select(f => f.Time));
    }

    [Fact]
    public void NearestRank_OnSmallSets()
    {
        var one = DurationSummaries.Summarise([TimeSpan.FromSeconds(7)]);
        Assert.Equal(new DurationSummary(1, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)), one);

        // n = 3: median rank ⌈1.5⌉ = 2, p90 rank ⌈2.7⌉ = 3; the input order does not matter.
        var three = DurationSummaries.Summarise([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)]);
        Assert.Equal((TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30)), (three.Median, three.Percentile90));

        // n = 4: median rank 2 (the lower middle, not an average).
        var four = DurationSummaries.Summarise(new[] { 1, 2, 3, 4 }.Select(s => TimeSpan.FromSeconds(s)));
        Assert.Equal(TimeSpan.FromSeconds(2), four.Median);
        Assert.Equal(DurationSummaries.None, DurationSummaries.Summarise(Array.Empty<TimeSpan>()));
    }

    private static Core.Positions.GeoPosition GeoPosition(double lat, double lon) => Core.Positions.GeoPosition.FromDegrees(lat, lon);
}
