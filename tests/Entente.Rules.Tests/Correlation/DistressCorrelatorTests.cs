using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Rules.Correlation;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;
using static Entente.Rules.Tests.Correlation.CorrelationFixture;

namespace Entente.Rules.Tests.Correlation;

public sealed class DistressCorrelatorTests
{
    private static readonly TrackReport[] NoTracks = [];

    [Fact]
    public void OneBoat_OneCallNearIt_TiesTheCallToTheBoatWithHighProbability()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boat = [Boat(7, 0, 0)];
        Run(correlator, 0, 10, _ => boat);

        var changes = correlator.Observe(Frame(10, boat, Call(9.9, 0.8, 0.3, 1000, "caller-ab12cd", 40)));

        var change = Assert.Single(changes);
        Assert.Equal(CaseChangeKind.Opened, change.Kind);
        Assert.Equal(7, change.Case.BestTrackId);
        Assert.True(change.Case.BestProbability >= 0.9, $"p {change.Case.BestProbability:0.000}");
        Assert.Equal(CaseCorrelation.Correlated, change.Case.Correlation);
        Assert.Equal(7, change.Call!.BestTrackId);
        Assert.Contains("caller-ab12cd", change.Reason, StringComparison.Ordinal);
        Assert.Contains("best matches track 7", change.Reason, StringComparison.Ordinal);
        Assert.Equal(1, change.Case.Number);
        Assert.Equal(40, change.Case.People);
        Assert.NotNull(change.Case.FusedPosition);
    }

    [Fact]
    public void AReportOfAnOutcome_IsNotACall()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boat = [Boat(7, 0, 0)];
        Run(correlator, 0, 10, _ => boat);
        var rescued = Call(9.9, 0.1, 0.1, 50, null, 40) with { Outcome = BoatOutcome.Rescued, Source = "asset" };

        Assert.Empty(correlator.Observe(Frame(10, boat, rescued)));
        Assert.Equal(0, correlator.CallCount);
        Assert.Empty(correlator.Cases);
        // The same report without its outcome is a call.
        Assert.Single(correlator.Observe(Frame(11, boat, rescued with { Outcome = null, Source = "phone", Caller = "caller-1" })));
    }

    [Fact]
    public void TwoBoatsEquidistant_TheCallIsAmbiguousBetweenThem()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boats = [Boat(1, -2, 0), Boat(2, 2, 0)];
        Run(correlator, 0, 10, _ => boats);

        var change = Assert.Single(correlator.Observe(Frame(10, boats, Call(10, 0, 0, 2000, "caller-1"))));

        Assert.Equal(CaseCorrelation.Ambiguous, change.Case.Correlation);
        Assert.True(change.Case.IsAmbiguous);
        Assert.Equal([1L, 2L], change.Case.Candidates.Select(c => c.TrackId).Order());
        Assert.All(change.Case.Candidates, c => Assert.InRange(c.Probability, 0.4, 0.5));
        Assert.Contains("ambiguous", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CallFarFromEveryTrack_OpensAnUncorrelatedCase()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boat = [Boat(3, 0, 0)];
        Run(correlator, 0, 10, _ => boat);

        var change = Assert.Single(correlator.Observe(Frame(10, boat, Call(10, 30, 20, 1000, "caller-far", 12, "ngo"))));

        Assert.Equal(CaseChangeKind.Opened, change.Kind);
        Assert.Equal(CaseCorrelation.Uncorrelated, change.Case.Correlation);
        Assert.Null(change.Case.BestTrackId);
        Assert.True(change.Case.NoneProbability >= 0.95, $"none p {change.Case.NoneProbability:0.000}");
        Assert.Contains("matches no track", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SameCallerTwice_IsOneCase()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boats = [Boat(1, 0, 0), Boat(2, 10, 0)];
        Run(correlator, 0, 10, _ => boats);

        var first = Assert.Single(correlator.Observe(Frame(10, boats, Call(10, 0.5, 0, 3000, "caller-x"))));
        var second = Assert.Single(correlator.Observe(Frame(11, boats, Call(11, 9, 1, 6000, "caller-x"))));

        Assert.Equal(CaseChangeKind.Opened, first.Kind);
        Assert.Equal(CaseChangeKind.CallAdded, second.Kind);
        var only = Assert.Single(correlator.Cases);
        Assert.Equal(2, only.Calls.Count);
        Assert.Equal(["caller-x"], only.Callers);
        Assert.Contains("a caller of case 1", second.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OldPosition_IsMatchedAgainstWhereTheTrackWas()
    {
        // The boat heads east at 150 m a minute; the caller gives where it was 25 minutes ago, now 3.75 km behind it.
        IReadOnlyList<TrackReport> Moving(double m) => [Boat(5, 0.15 * m, 0)];
        var call = Call(40, 0.15 * 15, 0, 500, "caller-old");

        var withHistory = new DistressCorrelator();
        Run(withHistory, 0, 40, Moving);
        var matched = Assert.Single(withHistory.Observe(Frame(40, Moving(40), call)));

        var presentOnly = new DistressCorrelator(new DistressCorrelatorOptions { MaxPositionAge = TimeSpan.FromMinutes(1) });
        Run(presentOnly, 0, 40, Moving);
        var unmatched = Assert.Single(presentOnly.Observe(Frame(40, Moving(40), call)));

        Assert.Equal(5, matched.Case.BestTrackId);
        Assert.True(matched.Case.BestProbability >= 0.9, $"p {matched.Case.BestProbability:0.000}");
        Assert.InRange(matched.Case.Candidates[0].DistanceMetres, 0, 300);
        Assert.Null(unmatched.Case.BestTrackId);
    }

    [Fact]
    public void PeopleCount_TipsATieBetweenTwoBoats()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boats = [Boat(1, -1.5, 0, people: 10), Boat(2, 1.5, 0, people: 40)];
        Run(correlator, 0, 10, _ => boats);

        var change = Assert.Single(correlator.Observe(Frame(10, boats, Call(10, 0, 0, 2000, "caller-p", people: 42))));

        Assert.Equal(2, change.Case.BestTrackId);
        var p = change.Case.Candidates.ToDictionary(c => c.TrackId, c => c.Probability);
        Assert.True(p[2] > 3 * p[1], $"p {p[2]:0.000} against {p[1]:0.000}");
    }

    [Fact]
    public void NewCaller_ConfidentlyOnTheSameTrack_JoinsTheCase_AndTheJoinIsRecorded()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boats = [Boat(4, 0, 0, people: 30), Boat(9, 12, 0)];
        Run(correlator, 0, 10, _ => boats);

        var opened = Assert.Single(correlator.Observe(Frame(10, boats, Call(10, 0.3, 0.2, 600, "caller-a", 30))));
        var joined = Assert.Single(correlator.Observe(Frame(12, boats, Call(12, -0.4, 0.1, 800, "caller-b", 33, "relay"))));

        Assert.Equal(CaseChangeKind.Opened, opened.Kind);
        Assert.Equal(CaseChangeKind.Joined, joined.Kind);
        Assert.Equal(1, joined.Case.Number);
        Assert.Equal(["caller-a", "caller-b"], joined.Case.Callers);
        Assert.Contains("caller-b", joined.Reason, StringComparison.Ordinal);
        Assert.Contains("both best match track 4", joined.Reason, StringComparison.Ordinal);
        var call = joined.Case.Calls[1];
        Assert.NotNull(call.JoinedReason);
        Assert.Null(joined.Case.Calls[0].JoinedReason);
        Assert.Single(correlator.Cases);

        // A further call from the joined caller goes to the same case by its caller.
        var again = Assert.Single(correlator.Observe(Frame(14, boats, Call(14, 8, 0, 8000, "caller-b"))));
        Assert.Equal(CaseChangeKind.CallAdded, again.Kind);
        Assert.Equal(1, again.Case.Number);
    }

    [Fact]
    public void NewCaller_NotConfident_OpensItsOwnCase()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boats = [Boat(1, -2, 0), Boat(2, 2, 0)];
        Run(correlator, 0, 10, _ => boats);

        correlator.Observe(Frame(10, boats, Call(10, -2, 0, 300, "caller-a")));
        var second = Assert.Single(correlator.Observe(Frame(11, boats, Call(11, 0, 0, 2000, "caller-b"))));

        Assert.Equal(CaseChangeKind.Opened, second.Kind);
        Assert.Equal(2, second.Case.Number);
        Assert.Equal(2, correlator.Cases.Count);
    }

    [Fact]
    public void TwoCasesTiedToOneTrackLater_AreLinked_NotMerged()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boats = [Boat(1, -2, 0), Boat(2, 2, 0)];
        Run(correlator, 0, 10, _ => boats);

        correlator.Observe(Frame(10, boats, Call(10, -2, 0, 300, "caller-a")));
        correlator.Observe(Frame(11, boats, Call(11, 0, 0, 2000, "caller-b")));
        var changes = correlator.Observe(Frame(12, boats, Call(12, -2.1, 0.1, 300, "caller-b")));

        Assert.Equal([CaseChangeKind.CallAdded, CaseChangeKind.Linked], changes.Select(c => c.Kind));
        var link = changes[1];
        Assert.Equal(2, link.Case.Number);
        Assert.Equal(1, link.OtherCaseId);
        Assert.Contains("track 1", link.Reason, StringComparison.Ordinal);
        var cases = correlator.Cases;
        Assert.Equal(2, cases.Count);
        Assert.Equal([2L], cases[0].LinkedCases);
        Assert.Equal([1L], cases[1].LinkedCases);
        Assert.Equal("3 calls → 2 cases (1 when linked cases count once)", correlator.Describe());
    }

    [Fact]
    public void LinkedCase_WhoseCallerThenPointsElsewhere_IsUnlinked_AndTheConflictIsSaid()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boats = [Boat(1, -2, 0), Boat(2, 2, 0)];
        Run(correlator, 0, 10, _ => boats);
        correlator.Observe(Frame(10, boats, Call(10, -2, 0, 300, "caller-a")));
        correlator.Observe(Frame(11, boats, Call(11, 0, 0, 2000, "caller-b")));
        correlator.Observe(Frame(12, boats, Call(12, -2.1, 0.1, 300, "caller-b")));

        var changes = correlator.Observe(Frame(13, boats, Call(13, 2.1, 0, 300, "caller-b")));

        Assert.Equal([CaseChangeKind.CallAdded, CaseChangeKind.Unlinked], changes.Select(c => c.Kind));
        Assert.Contains("though this call alone best matches track 2", changes[0].Reason, StringComparison.Ordinal);
        Assert.True(changes[0].Case.IsAmbiguous);
        Assert.Equal(2, changes[1].OtherCaseId);
        Assert.All(correlator.Cases, c => Assert.Empty(c.LinkedCases));
    }

    [Fact]
    public void BoatFirstSeenAfterItsCall_IsPickedUpByTheRescore()
    {
        var correlator = new DistressCorrelator();
        Run(correlator, 0, 10, _ => NoTracks);
        var opened = Assert.Single(correlator.Observe(Frame(10, NoTracks, Call(10, 5, 5, 800, "caller-late", 25))));
        Assert.Equal(CaseCorrelation.Uncorrelated, opened.Case.Correlation);

        // Radar finds the boat eight minutes later, 1 km further on.
        var changes = Run(correlator, 11, 25, m => m < 18 ? NoTracks : [Boat(12, 5.5, 5.6)]);

        var rescored = Assert.Single(changes);
        Assert.Equal(CaseChangeKind.CandidatesChanged, rescored.Kind);
        Assert.Equal(12, rescored.Case.BestTrackId);
        Assert.Contains("re-scored", rescored.Reason, StringComparison.Ordinal);
        Assert.Equal(12, correlator.Cases[0].BestTrackId);
    }

    [Fact]
    public void ShipsWithAis_AndTentativeTracks_AreNeverCandidates()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] tracks = [Boat(1, 0, 0, trackClass: TrackClass.VesselWithAis, mmsi: 235_000_001), Boat(2, 0.2, 0, status: TrackStatus.Tentative)];
        Run(correlator, 0, 10, _ => tracks);

        var change = Assert.Single(correlator.Observe(Frame(10, tracks, Call(10, 0, 0, 500, "caller-s"))));

        Assert.Empty(change.Case.Candidates);
        Assert.Equal(1, change.Case.NoneProbability);
    }

    [Fact]
    public void BadReports_AreTakenIn_NeverThrown_OnEachOpeningACase()
    {
        var correlator = new DistressCorrelator();
        TrackReport[] boat = [Boat(1, 0, 0)];
        Run(correlator, 0, 5, _ => boat);
        var bare = DetectionRecord.AtPosition(Minutes(5), "calls-unknown", DetectionKind.Report, At(0.1, 0), 900);
        var far = DetectionRecord.AtPosition(Minutes(5), "calls-phone", DetectionKind.Report, GeoPosition.FromDegrees(45, 20), 900) with { Caller = "c-far" };
        var offPlane = DetectionRecord.AtPosition(Minutes(5), "calls-phone", DetectionKind.Report, GeoPosition.FromDegrees(10, 100), 900) with
        {
            Caller = "c-off",
            People = 0,
        };
        var beach = DetectionRecord.AtPosition(Minutes(5), "beach-wissant", DetectionKind.Ground, At(0, 0), 150);

        var changes = correlator.Observe(Frame(5, boat, bare, far, offPlane, beach));
        // A frame out of order, and one with nothing in it.
        changes = [.. changes, .. correlator.Observe(Frame(4, boat, Call(4, -25, 0, 500, null, null, null))), .. correlator.Observe(Frame(6, NoTracks))];

        Assert.Equal(4, changes.Count);
        Assert.All(changes, c => Assert.Equal(CaseChangeKind.Opened, c.Kind));
        Assert.Equal(1, changes[0].Case.BestTrackId);
        Assert.Contains("an unnamed caller (source unknown, people unknown)", changes[0].Reason, StringComparison.Ordinal);
        Assert.Equal(CaseCorrelation.Uncorrelated, changes[1].Case.Correlation);
        Assert.Null(changes[2].Call!.Position);
        Assert.Null(changes[2].Call!.People);
        Assert.Contains("no usable position", changes[2].Reason, StringComparison.Ordinal);
        Assert.Equal(4, correlator.Cases.Count);
    }

    [Theory]
    [InlineData(nameof(DistressCorrelatorOptions.GateSigmas))]
    [InlineData(nameof(DistressCorrelatorOptions.JoinProbability))]
    [InlineData(nameof(DistressCorrelatorOptions.HistoryDuration))]
    [InlineData(nameof(DistressCorrelatorOptions.OutlierShare))]
    [InlineData(nameof(DistressCorrelatorOptions.LinkHoldProbability))]
    public void Options_OutOfRange_AreRefused(string name)
    {
        var options = name switch
        {
            nameof(DistressCorrelatorOptions.GateSigmas) => new DistressCorrelatorOptions { GateSigmas = 0 },
            nameof(DistressCorrelatorOptions.JoinProbability) => new DistressCorrelatorOptions { JoinProbability = 0.4, LinkHoldProbability = 0.3 },
            nameof(DistressCorrelatorOptions.HistoryDuration) => new DistressCorrelatorOptions { HistoryDuration = TimeSpan.FromMinutes(10) },
            nameof(DistressCorrelatorOptions.OutlierShare) => new DistressCorrelatorOptions { OutlierShare = 1 },
            _ => new DistressCorrelatorOptions { LinkHoldProbability = 0.9 },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DistressCorrelator(options));
        Assert.Equal(name, error.ParamName);
    }
}
