using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Incidents.Assets;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Evidence;
using Entente.Incidents.Incidents;
using static Entente.Incidents.Tests.Incidents.IncidentFixtures;

namespace Entente.Incidents.Tests.Incidents;

public sealed class SarIncidentTests
{
    [Fact]
    public void Searches_AreRecordedByTheCoordinatingCentre_AndTheirPosCombines()
    {
        var incident = OpenInFrance();
        GeoPosition[] area = [GeoPosition.FromDegrees(50.97, 1.74), GeoPosition.FromDegrees(50.97, 1.77), GeoPosition.FromDegrees(50.99, 1.77)];

        var refused = Assert.Throws<IncidentActionException>(() => incident.RecordSearch("RNLB Dover", "sector_search", area, 0.8, 0.3, T0.AddMinutes(30), UkOfficer, "Nothing seen."));
        Assert.Equal(IncidentActionRefusal.NotAllowed, refused.Refusal);
        Assert.Equal(0, incident.CumulativeProbabilityOfSuccess);

        incident.RecordSearch("SNSM Calais", "sector_search", area, 0.8, 0.3, T0.AddMinutes(30), FrOfficer, "Nothing seen.");
        incident.RecordSearch("Dragon 62", "parallel_sweep", area, 0.6, 0.5, T0.AddMinutes(60), FrOfficer, "Nothing seen.");

        // 1 − (1 − 0.3)(1 − 0.5) = 0.65: the chance that one of the two would have found the boat.
        Assert.Equal(0.65, incident.CumulativeProbabilityOfSuccess, tolerance: 1e-12);
        Assert.Equal(2, incident.Searches.Count);
        Assert.Equal(0.65, SarIncident.FromLog(incident.Log).CumulativeProbabilityOfSuccess, tolerance: 1e-12);
        Assert.Throws<ArgumentOutOfRangeException>(() => incident.RecordSearch("Dragon 62", "parallel_sweep", area, 1.5, 0.5, T0.AddMinutes(70), FrOfficer, "?"));
    }

    [Fact]
    public void Handover_OfferingCentreStaysInChargeUntilTheOtherAccepts()
    {
        var incident = OpenInFrance();
        incident.OfferHandover(T0.AddMinutes(5), TimeSpan.FromMinutes(10), Actor.System, "Datum entered the UK SAR region.");
        Assert.Equal(CoordinationCentre.CrossGrisNez, incident.Coordinator);
        Assert.NotNull(incident.PendingHandover);

        var wrongCentre = Assert.Throws<IncidentActionException>(() => incident.AcceptHandover(T0.AddMinutes(6), FrOfficer, "ok"));
        Assert.Equal(IncidentActionRefusal.NotAllowed, wrongCentre.Refusal);
        var notACentre = Assert.Throws<IncidentActionException>(() => incident.AcceptHandover(T0.AddMinutes(6), UkBorderForce, "ok"));
        Assert.Equal(IncidentActionRefusal.NotAllowed, notACentre.Refusal);
        Assert.Equal(CoordinationCentre.CrossGrisNez, incident.Coordinator);

        var accepted = incident.AcceptHandover(T0.AddMinutes(7), UkOfficer, "Dover has it.");
        Assert.Equal(CoordinationCentre.HmcgDover, incident.Coordinator);
        Assert.Equal(CoordinationCentre.CrossGrisNez, accepted.From);
        Assert.Null(incident.PendingHandover);
        AssertOneCoordinatorThroughout(incident);
    }

    [Fact]
    public void Handover_NotAcceptedInTime_EscalatesOnce_AndTheOfferingCentreKeepsIt()
    {
        var incident = OpenInFrance();
        incident.OfferHandover(T0, TimeSpan.FromMinutes(10), Actor.System, "Datum entered the UK SAR region.");
        Assert.Null(incident.EscalateOverdueHandover(T0.AddMinutes(9)));
        var overdue = incident.EscalateOverdueHandover(T0.AddMinutes(10));
        Assert.NotNull(overdue);
        Assert.Equal(CoordinationCentre.HmcgDover, overdue.To);
        Assert.Null(incident.EscalateOverdueHandover(T0.AddMinutes(20)));
        Assert.Equal(CoordinationCentre.CrossGrisNez, incident.Coordinator);

        incident.DeclineHandover(T0.AddMinutes(21), UkOfficer, "Boat is still 2 nm inside the French region on our radar.");
        Assert.Null(incident.PendingHandover);
        Assert.Equal(CoordinationCentre.CrossGrisNez, incident.Coordinator);
        AssertOneCoordinatorThroughout(incident);
    }

    [Fact]
    public void OnlyOneOfferAtATime_AndOnlyTheCoordinatingCentreOffers()
    {
        var incident = OpenInFrance();
        Assert.Equal(IncidentActionRefusal.NotAllowed,
            Assert.Throws<IncidentActionException>(() => incident.OfferHandover(T0, TimeSpan.FromMinutes(5), UkOfficer, "mine")).Refusal);
        incident.OfferHandover(T0, TimeSpan.FromMinutes(5), FrOfficer, "Boat heading into the UK region.");
        Assert.Equal(IncidentActionRefusal.InvalidState,
            Assert.Throws<IncidentActionException>(() => incident.OfferHandover(T0, TimeSpan.FromMinutes(5), FrOfficer, "again")).Refusal);
    }

    [Fact]
    public void TaskingIntoTheOtherStatesWaters_NeedsThatStatesRecordedConsent()
    {
        var incident = OpenInFrance();
        var refused = Assert.Throws<IncidentActionException>(() =>
            incident.TaskAsset(RnliDover, AssetTaskType.Rescue, Nations.France, 35, T0, FrOfficer, "Nearest all-weather boat."));
        Assert.Equal(IncidentActionRefusal.ConsentRequired, refused.Refusal);
        Assert.DoesNotContain(incident.Log, e => e is AssetTasked);

        // The UK cannot consent on France's behalf, and the asset's own state's consent is not what is needed.
        Assert.Equal(IncidentActionRefusal.NotAllowed,
            Assert.Throws<IncidentActionException>(() => incident.RecordConsent(Nations.France, RnliDover.Id, T0, UkOfficer, "we agree")).Refusal);
        Assert.Equal(IncidentActionRefusal.NotAllowed,
            Assert.Throws<IncidentActionException>(() => incident.RecordConsent(Nations.France, RnliDover.Id, T0, Actor.System, "auto")).Refusal);
        incident.RecordConsent(Nations.UnitedKingdom, RnliDover.Id, T0, UkOfficer, "UK consents");
        Assert.Throws<IncidentActionException>(() => incident.TaskAsset(RnliDover, AssetTaskType.Rescue, Nations.France, 35, T0, FrOfficer, "again"));

        incident.RecordConsent(Nations.France, RnliDover.Id, T0.AddMinutes(1), FrNavy, "Préfecture maritime consents for this rescue.");
        var tasked = incident.TaskAsset(RnliDover, AssetTaskType.Rescue, Nations.France, 35, T0.AddMinutes(2), FrOfficer, "Nearest all-weather boat.");
        Assert.Equal(Nations.UnitedKingdom, tasked.AssetNation);
        Assert.Contains(RnliDover.Id, incident.Tasked.Keys);
    }

    [Fact]
    public void TaskingInOwnWatersOrOnTheHighSeas_NeedsNoConsent_ButOnlyTheCoordinatingCentreTasks()
    {
        var incident = OpenInFrance();
        incident.TaskAsset(SnsmCalais, AssetTaskType.StandBy, Nations.France, 20, T0, FrOfficer, "Stand by the boat.");
        incident.TaskAsset(RnliDover, AssetTaskType.Search, Nations.None, 40, T0, FrOfficer, "High seas: no consent needed.");
        Assert.Equal(IncidentActionRefusal.NotAllowed,
            Assert.Throws<IncidentActionException>(() => incident.TaskAsset(RnliDover, AssetTaskType.Search, Nations.None, 40, T0, UkOfficer, "x")).Refusal);
    }

    [Theory]
    [InlineData("push-back")]
    [InlineData("pushback")]
    [InlineData("turn-back")]
    [InlineData("turnback")]
    [InlineData("tow-back")]
    [InlineData("block")]
    [InlineData("repel")]
    [InlineData("intercept")]
    [InlineData("Rescue")]
    [InlineData("")]
    public void NoTaskTypeTurnsABoatBack_OnlyLifeSavingNamesParse(string name) => Assert.Null(AssetTaskTypes.Parse(name));

    [Fact]
    public void TheTaskTypesAreClosed_AndNoneIsAboutTurningBoatsBack()
    {
        var forbidden = new[] { "push", "turn", "back", "block", "repel", "tow", "deter", "return" };
        foreach (var name in Enum.GetNames<AssetTaskType>().Concat(AssetTaskTypes.All))
        {
            Assert.DoesNotContain(forbidden, f => name.Contains(f, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(Enum.GetValues<AssetTaskType>().Length, AssetTaskTypes.All.Count);
        var incident = OpenInFrance();
        Assert.Throws<IncidentActionException>(() => incident.TaskAsset(SnsmCalais, (AssetTaskType)99, Nations.France, 10, T0, FrOfficer, "x"));
    }

    [Fact]
    public void ClosingWithMismatchingEvidence_IsRefusedOnTheRecord_AndTheIncidentStaysOpen()
    {
        var incident = OpenInFrance(people: 40);
        incident.RecordCall(new CallRecorded(incident.Id, T0, Actor.System, "Call.", incident.Coordinator, "calls-phone@01:00", "caller-a", "phone", FrenchWaters, 40));
        var farAway = GeoPosition.FromDegrees(51.25, 1.55); // about 30 km north
        var refused = Assert.IsType<ClosureRefused>(incident.RequestClosure(
            new RescueEvidence(12, farAway, T0.AddHours(1), caller: "caller-z"), T0.AddHours(1), FrOfficer, "Boat found."));
        Assert.Equal(3, refused.Conflicts.Count);
        Assert.Equal(IncidentStatus.Open, incident.Status);

        var early = Assert.IsType<ClosureRefused>(incident.RequestClosure(new RescueEvidence(40, FrenchWaters, T0.AddHours(-1)), T0.AddHours(1), FrOfficer, "x"));
        Assert.Single(early.Conflicts);

        var closed = Assert.IsType<IncidentClosed>(incident.RequestClosure(
            new RescueEvidence(38, GeoPosition.FromDegrees(50.99, 1.76), T0.AddHours(1), caller: "caller-a", assetId: "snsm-calais-1"),
            T0.AddHours(1), FrOfficer, "All aboard SNSM Calais."));
        Assert.Equal(IncidentStatus.Closed, incident.Status);
        Assert.Equal(38, incident.People.Rescued);
        Assert.Equal(IncidentActionRefusal.InvalidState,
            Assert.Throws<IncidentActionException>(() => incident.MoveDatum(new Datum(FrenchWaters, T0.AddHours(2), 100, DatumBasis.Drift), Actor.System, "x")).Refusal);
        Assert.NotNull(closed);
    }

    [Fact]
    public void OnlyTheCoordinatingCentreCloses()
    {
        var incident = OpenInFrance();
        Assert.Equal(IncidentActionRefusal.NotAllowed, Assert.Throws<IncidentActionException>(() =>
            incident.RequestClosure(new RescueEvidence(40, FrenchWaters, T0.AddHours(1)), T0.AddHours(1), UkOfficer, "x")).Refusal);
    }

    [Fact]
    public void MaydayRelay_RecordsCandidates_CallsAndAnswers()
    {
        var incident = OpenInFrance();
        incident.BroadcastMaydayRelay([new RelayCandidate(235000001, "PRIDE OF KENT", 3_200, 8), new RelayCandidate(228000002, null, 9_000, 30)],
            T0, FrOfficer, "MAYDAY RELAY on channel 16.");
        Assert.Throws<IncidentActionException>(() => incident.RecordAnswer(235000001, "proceeding", T0, FrOfficer));
        incident.CallVessel(235000001, "PRIDE OF KENT", T0, FrOfficer);
        incident.RecordAnswer(235000001, "Proceeding, ETA 8 min.", T0.AddMinutes(1), FrOfficer);
        Assert.Equal(2, incident.RelayCandidates!.Count);
        Assert.Contains(235000001, incident.Called);
    }

    [Fact]
    public void FromLog_RebuildsTheSameState()
    {
        var incident = OpenInFrance();
        incident.RecordCall(new CallRecorded(incident.Id, T0, Actor.System, "Call.", incident.Coordinator, "r1", "caller-a", "ngo", null, 45));
        incident.MoveDatum(new Datum(GeoPosition.FromDegrees(51.0, 1.6), T0.AddMinutes(10), 300, DatumBasis.Track, 12), Actor.System, "moved");
        incident.OfferHandover(T0.AddMinutes(10), TimeSpan.FromMinutes(10), Actor.System, "UK region.");
        incident.AcceptHandover(T0.AddMinutes(12), UkOfficer, "ok");
        incident.CountPeople(new PeopleCount(45, rescued: 10), T0.AddMinutes(30), UkOfficer, "10 aboard BF cutter.");

        var rebuilt = SarIncident.FromLog(incident.Log);
        Assert.Equal(incident.Coordinator, rebuilt.Coordinator);
        Assert.Equal(incident.Datum, rebuilt.Datum);
        Assert.Equal(incident.People, rebuilt.People);
        Assert.Equal(incident.Status, rebuilt.Status);
        Assert.Equal(incident.Callers, rebuilt.Callers);
        Assert.Equal(incident.Log, rebuilt.Log);
        Assert.Throws<ArgumentException>(() => SarIncident.FromLog(incident.Log.Skip(1)));
    }

    /// <summary>Walks a log: every entry names exactly one coordinating centre, which changes only at an accepted
    /// handover, from the centre that held it.</summary>
    internal static void AssertOneCoordinatorThroughout(SarIncident incident)
    {
        CoordinationCentre? holder = null;
        foreach (var e in incident.Log)
        {
            Assert.True(Enum.IsDefined(e.Coordinator), $"{e.Type} at {e.Time:O} names no centre");
            if (holder is { } previous && e.Coordinator != previous)
            {
                var accepted = Assert.IsType<HandoverAccepted>(e);
                Assert.Equal(previous, accepted.From);
            }

            holder = e.Coordinator;
        }
    }
}
