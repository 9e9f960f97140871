using System.Globalization;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Incidents.Assets;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Evidence;

namespace Entente.Incidents.Incidents;

/// <summary>
/// A search-and-rescue incident shared by the two centres. Its state changes only through the guarded methods below;
/// each checks who may act and whether the action makes sense, then records one event and applies it. The state is
/// exactly what the log says: <see cref="FromLog"/> rebuilds it.
/// </summary>
/// <remarks>
/// Invariants: exactly one coordinating centre at every moment (set when opened, changed only by an accepted
/// handover); an offer leaves the offering centre in charge; an asset of one state enters the other's territorial waters
/// only with that state's recorded consent; closure only on matching evidence. Not thread-safe: the owner serialises
/// access.
/// </remarks>
public sealed class SarIncident
{
    private readonly List<IncidentEvent> _log = [];
    private readonly List<SearchCompleted> _searches = [];
    private readonly HashSet<string> _callers = new(StringComparer.Ordinal);
    private readonly HashSet<(Nations State, string AssetId)> _consents = [];
    private readonly Dictionary<string, AssetTasked> _tasked = new(StringComparer.Ordinal);
    private readonly HashSet<int> _called = [];

    private SarIncident(IncidentOpened opened)
    {
        Id = opened.Incident;
        Origin = opened.Origin;
        OpenedAt = opened.Time;
        Coordinator = opened.Coordinator;
        Datum = opened.Datum;
        People = opened.People;
        _log.Add(opened);
    }

    /// <summary>The incident's id.</summary>
    public IncidentId Id { get; }

    /// <summary>What it was opened from.</summary>
    public string Origin { get; }

    /// <summary>When it was opened.</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>The centre coordinating it now: always exactly one.</summary>
    public CoordinationCentre Coordinator { get; private set; }

    /// <summary>Open or closed.</summary>
    public IncidentStatus Status { get; private set; }

    /// <summary>The current datum.</summary>
    public Datum Datum { get; private set; }

    /// <summary>The people: aboard, rescued, landed, missing.</summary>
    public PeopleCount People { get; private set; }

    /// <summary>The searches that found nothing, in order.</summary>
    public IReadOnlyList<SearchCompleted> Searches => _searches;

    /// <summary>The cumulative probability of success of the searches so far, 1 − Π(1 − POSₖ) (IAMSAR): how likely it
    /// is that one of them would have found the boat.</summary>
    public double CumulativeProbabilityOfSuccess => 1 - _searches.Aggregate(1.0, (miss, search) => miss * (1 - search.ProbabilityOfSuccess));

    /// <summary>The handover offer waiting for an answer, or null.</summary>
    public HandoverOffered? PendingHandover { get; private set; }

    /// <summary>Whether the pending offer has been escalated.</summary>
    public bool HandoverEscalated { get; private set; }

    /// <summary>The callers recorded for this incident.</summary>
    public IReadOnlySet<string> Callers => _callers;

    /// <summary>The assets tasked, by id, with their latest tasking.</summary>
    public IReadOnlyDictionary<string, AssetTasked> Tasked => _tasked;

    /// <summary>The vessels called directly, by MMSI.</summary>
    public IReadOnlySet<int> Called => _called;

    /// <summary>The last MAYDAY RELAY's candidates, or null when none was broadcast.</summary>
    public IReadOnlyList<RelayCandidate>? RelayCandidates { get; private set; }

    /// <summary>The whole log, oldest first.</summary>
    public IReadOnlyList<IncidentEvent> Log => _log;

    /// <summary>Opens an incident.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who opens it.</param>
    /// <param name="origin">What it is opened from.</param>
    /// <param name="datum">The first datum.</param>
    /// <param name="coordinator">The centre whose SAR region holds the datum.</param>
    /// <param name="people">The people believed involved.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The incident, with its first event in <see cref="Log"/>.</returns>
    public static SarIncident Open(IncidentId id, DateTimeOffset time, Actor actor, string origin, Datum datum, CoordinationCentre coordinator,
        PeopleCount people, string reason) => new(new IncidentOpened(id, time, actor, reason, coordinator, origin, datum, people));

    /// <summary>Rebuilds an incident from its log.</summary>
    /// <param name="log">Its events, oldest first; the first must open it.</param>
    /// <returns>The incident as the log leaves it.</returns>
    /// <exception cref="ArgumentException">The log is empty, does not start with an opening, or mixes incidents.</exception>
    public static SarIncident FromLog(IEnumerable<IncidentEvent> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        SarIncident? incident = null;
        foreach (var e in log)
        {
            if (incident is null)
            {
                incident = e is IncidentOpened opened ? new SarIncident(opened) : throw new ArgumentException("A log starts with incident-opened.", nameof(log));
                continue;
            }

            if (e.Incident != incident.Id)
            {
                throw new ArgumentException($"The log mixes {incident.Id} and {e.Incident}.", nameof(log));
            }

            incident.Record(e);
        }

        return incident ?? throw new ArgumentException("The log is empty.", nameof(log));
    }

    /// <summary>Moves the datum (the boat's track moved, a drift prediction, a new report).</summary>
    /// <param name="datum">The new datum.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The event recorded.</returns>
    public DatumMoved MoveDatum(Datum datum, Actor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(datum);
        RequireOpen();
        return Record(new DatumMoved(Id, datum.Time, actor, reason, Coordinator, datum));
    }

    /// <summary>The coordinating centre (or Entente on its behalf) offers the incident to the other centre.</summary>
    /// <param name="time">When.</param>
    /// <param name="acceptWithin">How long the other centre has before the offer escalates.</param>
    /// <param name="actor">Who: staff of the coordinating centre, or Entente.</param>
    /// <param name="reason">Why, e.g. the datum entered the other region.</param>
    /// <returns>The event recorded.</returns>
    public HandoverOffered OfferHandover(DateTimeOffset time, TimeSpan acceptWithin, Actor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen();
        if (actor != Actor.System && !actor.Staffs(Coordinator))
        {
            throw Refuse(IncidentActionRefusal.NotAllowed, $"Only {Name(Coordinator)}, which coordinates {Id}, can offer it.");
        }

        if (PendingHandover is not null)
        {
            throw Refuse(IncidentActionRefusal.InvalidState, $"{Id} already has an offer to {Name(PendingHandover.To)} waiting.");
        }

        var to = CoordinationCentres.Other(Coordinator);
        return Record(new HandoverOffered(Id, time, actor, reason, Coordinator, Coordinator, to, time + acceptWithin));
    }

    /// <summary>The offered centre accepts: it coordinates from now.</summary>
    /// <param name="time">When.</param>
    /// <param name="actor">Who: staff of the offered centre.</param>
    /// <param name="reason">A word for the record.</param>
    /// <returns>The event recorded.</returns>
    public HandoverAccepted AcceptHandover(DateTimeOffset time, Actor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen();
        var offer = PendingHandover ?? throw Refuse(IncidentActionRefusal.InvalidState, $"{Id} has no handover offer waiting.");
        if (!actor.Staffs(offer.To))
        {
            throw Refuse(IncidentActionRefusal.NotAllowed, $"Only {Name(offer.To)} can accept the offer of {Id}.");
        }

        return Record(new HandoverAccepted(Id, time, actor, reason, offer.To, offer.From, offer.To));
    }

    /// <summary>The offered centre declines; the offering centre stays in charge.</summary>
    /// <param name="time">When.</param>
    /// <param name="actor">Who: staff of the offered centre.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The event recorded.</returns>
    public HandoverDeclined DeclineHandover(DateTimeOffset time, Actor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        RequireOpen();
        var offer = PendingHandover ?? throw Refuse(IncidentActionRefusal.InvalidState, $"{Id} has no handover offer waiting.");
        if (!actor.Staffs(offer.To))
        {
            throw Refuse(IncidentActionRefusal.NotAllowed, $"Only {Name(offer.To)} can decline the offer of {Id}.");
        }

        return Record(new HandoverDeclined(Id, time, actor, reason, Coordinator, offer.To));
    }

    /// <summary>Escalates an offer left unanswered past its deadline (once).</summary>
    /// <param name="now">The current time.</param>
    /// <returns>The event recorded, or null when nothing is overdue.</returns>
    public HandoverOverdue? EscalateOverdueHandover(DateTimeOffset now)
    {
        if (Status != IncidentStatus.Open || PendingHandover is not { } offer || HandoverEscalated || now < offer.Deadline)
        {
            return null;
        }

        return Record(new HandoverOverdue(Id, now, Actor.System,
            string.Create(CultureInfo.InvariantCulture,
                $"{Name(offer.To)} has not answered the offer of {Id} made at {offer.Time:HH:mm}Z; {Name(offer.From)} stays in charge."),
            Coordinator, offer.To));
    }

    /// <summary>Records a distress call about this incident.</summary>
    /// <param name="call">The call, built by the caller with this incident's id and coordinator.</param>
    /// <returns>The event recorded.</returns>
    public CallRecorded RecordCall(CallRecorded call)
    {
        ArgumentNullException.ThrowIfNull(call);
        RequireOpen();
        RequireMine(call);
        return Record(call);
    }

    /// <summary>The coordinating centre broadcasts a MAYDAY RELAY; the candidate vessels are recorded.</summary>
    /// <param name="candidates">Vessels within the radius, nearest first.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who: staff of the coordinating centre.</param>
    /// <param name="reason">A word for the record.</param>
    /// <returns>The event recorded.</returns>
    public MaydayRelayBroadcast BroadcastMaydayRelay(IReadOnlyList<RelayCandidate> candidates, DateTimeOffset time, Actor actor, string reason)
    {
        RequireCoordinatorStaff(actor, "broadcast a MAYDAY RELAY for");
        return Record(new MaydayRelayBroadcast(Id, time, actor, reason, Coordinator, [.. candidates]));
    }

    /// <summary>The coordinating centre calls a vessel directly.</summary>
    /// <param name="mmsi">The vessel's MMSI.</param>
    /// <param name="name">Its name, when known.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who: staff of the coordinating centre.</param>
    /// <returns>The event recorded.</returns>
    public VesselCalled CallVessel(int mmsi, string? name, DateTimeOffset time, Actor actor)
    {
        RequireCoordinatorStaff(actor, "call vessels for");
        return Record(new VesselCalled(Id, time, actor, $"Called {name ?? "MMSI " + mmsi.ToString(CultureInfo.InvariantCulture)} to assist.",
            Coordinator, mmsi, name));
    }

    /// <summary>Records a called vessel's answer.</summary>
    /// <param name="mmsi">The vessel's MMSI; it must have been called.</param>
    /// <param name="answer">What it said.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who took the answer.</param>
    /// <returns>The event recorded.</returns>
    public VesselAnswered RecordAnswer(int mmsi, string answer, DateTimeOffset time, Actor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        RequireCoordinatorStaff(actor, "record answers for");
        if (!_called.Contains(mmsi))
        {
            throw Refuse(IncidentActionRefusal.InvalidState, $"MMSI {mmsi} was not called for {Id}.");
        }

        return Record(new VesselAnswered(Id, time, actor, "Answer recorded.", Coordinator, mmsi, answer));
    }

    /// <summary>A state consents to the other state's asset operating in its waters for this incident.</summary>
    /// <param name="grantingState">The state consenting: the actor's own.</param>
    /// <param name="assetId">The asset.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who: a person of an agency of the consenting state.</param>
    /// <param name="reason">The terms, for the record.</param>
    /// <returns>The event recorded.</returns>
    public ConsentRecorded RecordConsent(Nations grantingState, string assetId, DateTimeOffset time, Actor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        RequireOpen();
        if (grantingState is not (Nations.UnitedKingdom or Nations.France) || actor.Agency is null || actor.Nation != grantingState)
        {
            throw Refuse(IncidentActionRefusal.NotAllowed, "Only a person of the consenting state's own agencies can record its consent.");
        }

        return Record(new ConsentRecorded(Id, time, actor, reason, Coordinator, grantingState, assetId));
    }

    /// <summary>The coordinating centre tasks an asset. An asset bound for the other state's territorial waters needs
    /// that state's consent, recorded on this incident first.</summary>
    /// <param name="asset">The asset.</param>
    /// <param name="task">What it is to do: only life-saving tasks exist.</param>
    /// <param name="destinationWaters">Whose territorial waters the datum is in (none on the high seas).</param>
    /// <param name="etaMinutes">Estimated time to the datum, minutes.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who: staff of the coordinating centre.</param>
    /// <param name="reason">A word for the record.</param>
    /// <returns>The event recorded.</returns>
    public AssetTasked TaskAsset(RescueAsset asset, AssetTaskType task, Nations destinationWaters, double etaMinutes, DateTimeOffset time,
        Actor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (!Enum.IsDefined(task))
        {
            throw Refuse(IncidentActionRefusal.NotAllowed, "There is no such task.");
        }

        RequireCoordinatorStaff(actor, "task assets for");
        if (destinationWaters is Nations.UnitedKingdom or Nations.France && destinationWaters != asset.Nation &&
            !_consents.Contains((destinationWaters, asset.Id)))
        {
            throw Refuse(IncidentActionRefusal.ConsentRequired,
                $"{asset.Name} would operate in {(destinationWaters == Nations.France ? "French" : "UK")} territorial waters: record that state's consent first.");
        }

        return Record(new AssetTasked(Id, time, actor, reason, Coordinator, asset.Id, asset.Name, asset.Nation, task, destinationWaters, etaMinutes));
    }

    /// <summary>Records a new people count.</summary>
    /// <param name="people">The count.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The event recorded.</returns>
    public PeopleCounted CountPeople(PeopleCount people, DateTimeOffset time, Actor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(people);
        RequireOpen();
        return Record(new PeopleCounted(Id, time, actor, reason, Coordinator, people));
    }

    /// <summary>The coordinating centre asks to close on rescue evidence. Matching evidence closes the incident;
    /// conflicting evidence is refused, on the record, and the incident stays open.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who: staff of the coordinating centre.</param>
    /// <param name="reason">A word for the record.</param>
    /// <param name="options">Tolerances; the defaults when null.</param>
    /// <returns><see cref="IncidentClosed"/> or <see cref="ClosureRefused"/>.</returns>
    public IncidentEvent RequestClosure(RescueEvidence evidence, DateTimeOffset time, Actor actor, string reason, EvidenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        RequireCoordinatorStaff(actor, "close");
        var conflicts = EvidenceCheck.Conflicts(this, evidence, options);
        return conflicts.Count > 0
            ? Record(new ClosureRefused(Id, time, actor, $"Closure refused: {string.Join(" ", conflicts)}", Coordinator, evidence, conflicts))
            : Record(new IncidentClosed(Id, time, actor, reason, Coordinator, evidence));
    }

    /// <summary>Records a search that found nothing. Staff of the coordinating centre record it.</summary>
    /// <param name="assetName">The unit that searched.</param>
    /// <param name="pattern">The pattern's name.</param>
    /// <param name="area">The area searched.</param>
    /// <param name="probabilityOfDetection">The probability of detection in the area.</param>
    /// <param name="probabilityOfSuccess">The search's probability of success against the drift at the time.</param>
    /// <param name="time">When the search ended.</param>
    /// <param name="actor">Who: staff of the coordinating centre.</param>
    /// <param name="reason">A word for the record.</param>
    /// <returns>The event recorded.</returns>
    /// <exception cref="IncidentActionException">The incident is closed, or the actor is not staff of the coordinating centre.</exception>
    public SearchCompleted RecordSearch(string assetName, string pattern, IReadOnlyList<GeoPosition> area, double probabilityOfDetection,
        double probabilityOfSuccess, DateTimeOffset time, Actor actor, string reason)
    {
        RequireCoordinatorStaff(actor, "record searches for");
        return Record(new SearchCompleted(Id, time, actor, reason, Coordinator, assetName, pattern, area, probabilityOfDetection, probabilityOfSuccess));
    }

    /// <summary>Adds a note to the record.</summary>
    /// <param name="text">The note.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="releasability">Who may read it besides the author's agency, when restricted; null for both states.</param>
    /// <returns>The event recorded.</returns>
    public NoteAdded AddNote(string text, DateTimeOffset time, Actor actor, Core.Sharing.Releasability? releasability = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return Record(new NoteAdded(Id, time, actor, text, Coordinator) { Releasability = releasability });
    }

    private T Record<T>(T e)
        where T : IncidentEvent
    {
        Apply(e);
        _log.Add(e);
        return e;
    }

    private void Apply(IncidentEvent e)
    {
        switch (e)
        {
            case DatumMoved moved:
                Datum = moved.Datum;
                break;
            case HandoverOffered offered:
                PendingHandover = offered;
                HandoverEscalated = false;
                break;
            case HandoverAccepted accepted:
                Coordinator = accepted.To;
                PendingHandover = null;
                HandoverEscalated = false;
                break;
            case HandoverDeclined:
                PendingHandover = null;
                HandoverEscalated = false;
                break;
            case HandoverOverdue:
                HandoverEscalated = true;
                break;
            case CallRecorded call when call.Caller is { } caller:
                _callers.Add(caller);
                break;
            case MaydayRelayBroadcast relay:
                RelayCandidates = relay.Candidates;
                break;
            case VesselCalled called:
                _called.Add(called.Mmsi);
                break;
            case ConsentRecorded consent:
                _consents.Add((consent.GrantingState, consent.AssetId));
                break;
            case AssetTasked tasked:
                _tasked[tasked.AssetId] = tasked;
                break;
            case PeopleCounted counted:
                People = counted.People;
                break;
            case SearchCompleted search:
                _searches.Add(search);
                break;
            case IncidentClosed closed:
                People = closed.Evidence.Landed
                    ? new PeopleCount(People.Aboard, People.Rescued, People.Landed + closed.Evidence.People, People.Missing)
                    : new PeopleCount(People.Aboard, People.Rescued + closed.Evidence.People, People.Landed, People.Missing);
                Status = IncidentStatus.Closed;
                PendingHandover = null;
                break;
            default:
                break;
        }
    }

    private void RequireOpen()
    {
        if (Status != IncidentStatus.Open)
        {
            throw Refuse(IncidentActionRefusal.InvalidState, $"{Id} is closed.");
        }
    }

    private void RequireMine(IncidentEvent e)
    {
        if (e.Incident != Id || e.Coordinator != Coordinator)
        {
            throw new ArgumentException($"The event is for {e.Incident} coordinated by {Name(e.Coordinator)}, not {Id} coordinated by {Name(Coordinator)}.");
        }
    }

    private void RequireCoordinatorStaff(Actor actor, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen();
        if (!actor.Staffs(Coordinator))
        {
            throw Refuse(IncidentActionRefusal.NotAllowed, $"Only {Name(Coordinator)}, which coordinates {Id}, can {action} it.");
        }
    }

    private static string Name(CoordinationCentre centre) => centre == CoordinationCentre.HmcgDover ? "HM Coastguard Dover" : "CROSS Gris-Nez";

    private static IncidentActionException Refuse(IncidentActionRefusal refusal, string message) => new(refusal, message);
}
