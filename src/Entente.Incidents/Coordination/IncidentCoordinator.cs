using System.Globalization;
using Entente.Core.Geodesy;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Geo.Features;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Incidents;
using Entente.Rules.Alerts;
using Entente.Rules.Correlation;
using Entente.Rules.Rules;
using Entente.Rules.Environment;
using Entente.Rules.Situation;
using Entente.Sar.Drift;
using Entente.Sar.Forcing;
using Entente.Sar.Search;
using Entente.Sar.Search.Patterns;
using Entente.Sar.Particles;

namespace Entente.Incidents.Coordination;

/// <summary>
/// The incidents stage of the pipeline. At each frame it opens an incident for each boat in trouble that has none
/// (a boat stopped at sea, a distress report), moves each open incident's datum with its boat's track or, once the
/// track is lost, with the predicted drift, offers a handover when the datum enters the other centre's SAR region,
/// and escalates offers left unanswered.
/// </summary>
/// <remarks>Not thread-safe: the pipeline's thread drives it; people act on incidents through the owner, which
/// serialises access.</remarks>
public sealed class IncidentCoordinator
{
    private static readonly Actor ReplayUk = new("replay-watch-officer", CoordinationCentres.Agency(CoordinationCentre.HmcgDover));
    private static readonly Actor ReplayFr = new("replay-watch-officer", CoordinationCentres.Agency(CoordinationCentre.CrossGrisNez));

    private readonly SituationContext _context;
    private readonly AlertBook _book;
    private readonly ISeaCurrent _current;
    private readonly List<SarIncident> _incidents = [];
    private readonly Dictionary<long, SarIncident> _byTrack = [];
    private readonly Dictionary<IncidentId, DateTimeOffset> _lastLogged = [];
    private readonly Dictionary<string, SarIncident> _byCase = new(StringComparer.Ordinal);
    private readonly Dictionary<IncidentId, DateTimeOffset> _inOtherRegionSince = [];
    private readonly Dictionary<IncidentId, DriftSimulation> _drifts = [];
    private readonly DriftForcing _forcing;
    private long _nextNumber;

    /// <summary>Creates a coordinator.</summary>
    /// <param name="context">The rules' context (geography and track histories), observed before this runs.</param>
    /// <param name="book">The alert book, to link alerts and raise escalations.</param>
    /// <param name="current">The assumed surface current for drift; still water when null.</param>
    /// <param name="options">Options; the defaults when null.</param>
    /// <param name="firstNumber">The first incident number to give (after those already stored).</param>
    public IncidentCoordinator(SituationContext context, AlertBook book, ISeaCurrent? current = null, IncidentCoordinatorOptions? options = null,
        long firstNumber = 1)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _book = book ?? throw new ArgumentNullException(nameof(book));
        _current = current ?? Rules.Environment.StillWater.Instance;
        Options = (options ?? new IncidentCoordinatorOptions()).Validate();
        _forcing = new DriftForcing(Options.Wind ?? new ConstantWind(0, 0), new AssumedCurrentField(_current));
        ArgumentOutOfRangeException.ThrowIfLessThan(firstNumber, 1);
        _nextNumber = firstNumber;
    }

    /// <summary>The options.</summary>
    public IncidentCoordinatorOptions Options { get; }

    /// <summary>Every incident, open and closed, in the order opened.</summary>
    public IReadOnlyList<SarIncident> Incidents => _incidents;

    /// <summary>The particles of an open incident's drift, when its boat's track is lost; null while a track holds it.</summary>
    /// <param name="id">The incident.</param>
    /// <returns>The particles at the last frame, or null.</returns>
    public ParticleCloud? DriftOf(IncidentId id) => _drifts.TryGetValue(id, out var drift) ? drift.Snapshot() : null;

    /// <summary>Where an incident's boat may be: its drift's particles when the track is lost, otherwise particles spread
    /// over the datum's uncertainty (the boat is tracked, so it has not drifted from it).</summary>
    /// <param name="id">The incident.</param>
    /// <returns>The particles, or null when there is no such incident.</returns>
    public ParticleCloud? CloudOf(IncidentId id) =>
        _incidents.FirstOrDefault(i => i.Id == id) is { } incident ? DriftOf(id) ?? StartDrift(id, incident.Datum).Snapshot() : null;

    /// <summary>
    /// Records a search of an open incident that found nothing: its probability of success is computed against the
    /// incident's drift (or, while a track holds the incident, a cloud about the datum), and the drift's particles in
    /// the searched area lose weight by the pattern's probability of detection (negative information), so the datum
    /// and later plans move to the water not yet searched.
    /// </summary>
    /// <param name="id">The incident.</param>
    /// <param name="pattern">The pattern flown or steamed.</param>
    /// <param name="time">When the search ended.</param>
    /// <param name="actor">Who records it: staff of the coordinating centre.</param>
    /// <param name="reason">A word for the record.</param>
    /// <returns>The event recorded.</returns>
    /// <exception cref="KeyNotFoundException">There is no such incident.</exception>
    /// <exception cref="IncidentActionException">The incident is closed, or the actor may not record it.</exception>
    public SearchCompleted RecordSearch(IncidentId id, SearchPattern pattern, DateTimeOffset time, Actor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var incident = _incidents.FirstOrDefault(i => i.Id == id)
            ?? throw new KeyNotFoundException($"There is no incident {id}.");
        var drift = _drifts.GetValueOrDefault(id);
        var cloud = CloudOf(id)!;
        var pods = SearchProbability.ParticlePods(cloud, pattern);
        var pos = SearchProbability.Pos(cloud, pods);
        var recorded = incident.RecordSearch(pattern.Asset.Name, SearchPlanGeoJson.KindName(pattern.Kind), pattern.CoveredAreaPositions(), pattern.Pod, pos,
            time, actor, reason);
        // A search certain to succeed that found nothing leaves no probability to move: the drift is left as it was.
        if (drift is not null && pos < 1)
        {
            drift.Reweight(SearchProbability.AfterUnsuccessfulSearch(cloud, pods));
        }

        return recorded;
    }

    /// <summary>The centre whose SAR region holds a position (the nearer centre outside both regions).</summary>
    /// <param name="position">The position.</param>
    /// <returns>The centre.</returns>
    public CoordinationCentre CentreFor(GeoPosition position)
    {
        if (CoordinationCentres.ForRegion(_context.WatersAt(position).SarRegion) is { } centre)
        {
            return centre;
        }

        var nearest = _context.Geography.Nearest(position, FeatureKind.CoordinationCentre);
        return nearest is not null && SituationContext.NationOf(nearest.Place) == Core.Sharing.Nations.France
            ? CoordinationCentre.CrossGrisNez
            : CoordinationCentre.HmcgDover;
    }

    /// <summary>Runs the stage on a frame.</summary>
    /// <param name="frame">The frame (the rules' context has observed it).</param>
    /// <param name="alerts">The alert changes the rules made in this frame.</param>
    /// <param name="cases">The distress case changes of this frame (calls to record on their incidents), if any.</param>
    /// <returns>The incident events recorded and the alert changes made (links, escalations), in order.</returns>
    public (IReadOnlyList<IncidentEvent> Events, IReadOnlyList<AlertChange> Alerts) Observe(SituationFrame frame, IReadOnlyList<AlertChange> alerts,
        IReadOnlyList<CaseChange>? cases = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(alerts);
        var events = new List<IncidentEvent>();
        var alertChanges = new List<AlertChange>();
        foreach (var change in alerts)
        {
            if (change.Kind == AlertChangeKind.Raised && change.Alert.Type is AlertType.StoppedAtSea or AlertType.DistressReport)
            {
                var incident = OpenOrLink(change.Alert, frame.Time, events, alertChanges);
                if (incident is not null && change.Alert.Type == AlertType.DistressReport)
                {
                    _byCase[change.Alert.Key] = incident;
                }
            }
        }

        foreach (var change in cases ?? [])
        {
            RecordCase(change, frame.Time, events);
        }

        foreach (var incident in _incidents.Where(i => i.Status == IncidentStatus.Open))
        {
            var before = incident.Log.Count;
            FollowDatum(incident, frame);
            ManageHandover(incident, frame.Time, alertChanges);
            events.AddRange(incident.Log.Skip(before));
        }

        // A closed incident's drift is no longer needed.
        foreach (var closed in _drifts.Keys.Where(id => _incidents.First(i => i.Id == id).Status != IncidentStatus.Open).ToList())
        {
            _drifts.Remove(closed);
        }

        return (events, alertChanges);
    }

    /// <summary>Carries on incidents from before a restart (rebuilt from their logs): open ones are coordinated again.
    /// Their tracks are gone with the old tracker, so their datums drift from the last position until a new case or
    /// alert ties them to a track again.</summary>
    /// <param name="incidents">The incidents, in the order opened.</param>
    public void Resume(IEnumerable<SarIncident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        foreach (var incident in incidents)
        {
            _incidents.Add(incident);
            _lastLogged[incident.Id] = incident.Datum.Time;
            _nextNumber = Math.Max(_nextNumber, incident.Id.Value + 1);
        }
    }

    /// <summary>A centre asks to close an incident on evidence. When the evidence conflicts, the refusal is on the
    /// incident's record and an <see cref="AlertType.EvidenceConflict"/> alert is raised, so nothing is closed on a guess.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="evidence">The evidence.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who: staff of the coordinating centre.</param>
    /// <param name="reason">A word for the record.</param>
    /// <returns>The event recorded and the alert raised, if any.</returns>
    public (IncidentEvent Event, AlertChange? Alert) RequestClosure(SarIncident incident, Evidence.RescueEvidence evidence, DateTimeOffset time,
        Actor actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var result = incident.RequestClosure(evidence, time, actor, reason);
        if (result is not ClosureRefused refused)
        {
            return (result, null);
        }

        var raised = _book.Raise(new AlertCandidate(AlertType.EvidenceConflict, AlertSeverity.Urgent, time,
            string.Create(CultureInfo.InvariantCulture, $"evidence-conflict/{incident.Id}/{time:O}"), evidence.Place, incident.Datum.TrackId, null,
            $"{incident.Id} not closed: {string.Join(" ", refused.Conflicts)}"));
        if (raised is not null)
        {
            _book.Link(raised.Alert.Number, incident.Id.ToString(), AlertBook.SystemActor, time);
        }

        return (result, raised);
    }

    // A distress case's calls go on its incident's record as they come; a case that becomes tied to a track moves the
    // incident's datum onto that track.
    private void RecordCase(CaseChange change, DateTimeOffset time, List<IncidentEvent> events)
    {
        if (!_byCase.TryGetValue(DistressReportRule.Key(change.Case.Id), out var incident) || incident.Status != IncidentStatus.Open)
        {
            return;
        }

        if (change.Call is { } call && change.Kind is CaseChangeKind.Opened or CaseChangeKind.CallAdded or CaseChangeKind.Joined)
        {
            events.Add(incident.RecordCall(new CallRecorded(incident.Id, time, Actor.System,
                $"{change.Case.Id}, call {call.Number}: {change.Reason}", incident.Coordinator,
                string.Create(CultureInfo.InvariantCulture, $"{call.Sensor}@{call.Time:yyyy-MM-ddTHH:mm:ss.fffZ}"), call.Caller, call.Source,
                call.Position, call.People)));
        }

        if (change.Case.Correlation == CaseCorrelation.Correlated && change.Case.BestTrackId is { } track && incident.Datum.TrackId != track &&
            _context.Tracks.FirstOrDefault(t => t.Id == track) is { } history)
        {
            _byTrack[track] = incident;
            events.Add(incident.MoveDatum(new Datum(history.Latest.Position, time, history.Latest.SigmaMetres, DatumBasis.Track, track), Actor.System,
                $"{change.Case.Id} is now tied to track {track} (p {change.Case.BestProbability:0.00}): the datum follows it."));
            _lastLogged[incident.Id] = time;
        }
    }

    private SarIncident? OpenOrLink(Alert alert, DateTimeOffset time, List<IncidentEvent> events, List<AlertChange> alertChanges)
    {
        if (alert.TrackId is { } trackId && _byTrack.TryGetValue(trackId, out var existing) && existing.Status == IncidentStatus.Open)
        {
            alertChanges.Add(_book.Link(alert.Number, existing.Id.ToString(), AlertBook.SystemActor, time));
            events.Add(existing.AddNote($"{alert.Id}: {alert.Message}", time, Actor.System));
            return existing;
        }

        if (alert.Position is not { } position)
        {
            return null;
        }

        var id = IncidentId.FromInt64(_nextNumber++);
        var basis = alert.TrackId is null ? DatumBasis.Report : DatumBasis.Track;
        var datum = new Datum(position, time, basis == DatumBasis.Track ? 200 : 2_000, basis, alert.TrackId);
        var centre = CentreFor(position);
        var incident = SarIncident.Open(id, time, Actor.System, alert.Id, datum, centre, new PeopleCount(alert.People),
            $"Opened from {alert.Id}: {alert.Message}");
        _incidents.Add(incident);
        _lastLogged[id] = time;
        if (alert.TrackId is { } track)
        {
            _byTrack[track] = incident;
        }

        events.AddRange(incident.Log);
        alertChanges.Add(_book.Link(alert.Number, id.ToString(), AlertBook.SystemActor, time));
        return incident;
    }

    private void FollowDatum(SarIncident incident, SituationFrame frame)
    {
        var datum = incident.Datum;
        var last = _lastLogged.GetValueOrDefault(incident.Id, incident.OpenedAt);
        if (datum.TrackId is { } trackId && frame.Tracks.FirstOrDefault(t => t.Id == trackId) is { } track)
        {
            _drifts.Remove(incident.Id);
            var moved = Geodesic.DistanceMetres(datum.Position, track.Position);
            if (moved >= Options.DatumMoveMetres || (moved > 0 && frame.Time - last >= Options.DatumMoveEvery))
            {
                incident.MoveDatum(new Datum(track.Position, frame.Time, track.SigmaMetres, DatumBasis.Track, trackId), Actor.System,
                    string.Create(CultureInfo.InvariantCulture, $"Following track {trackId}: moved {moved:0} m."));
                _lastLogged[incident.Id] = frame.Time;
            }

            return;
        }

        // No live track: drift the boat by the leeway method (wind, assumed current and its uncertainty) at every frame,
        // and log the drift's datum every few minutes.
        if (!_drifts.TryGetValue(incident.Id, out var drift))
        {
            drift = StartDrift(incident.Id, datum);
            _drifts[incident.Id] = drift;
        }

        if (frame.Time > drift.Time)
        {
            drift.StepTo(frame.Time);
        }

        if (frame.Time - last < Options.DatumMoveEvery)
        {
            return;
        }

        var estimate = drift.Datum();
        var why = datum.Basis == DatumBasis.Drift ? "Drift continues" : datum.TrackId is { } lost ? $"Track {lost} lost: drift from its last position" : "Drift from the report";
        incident.MoveDatum(new Datum(estimate.Centroid, frame.Time, estimate.SigmaMetres, DatumBasis.Drift), Actor.System,
            string.Create(CultureInfo.InvariantCulture,
                $"{why} ({drift.Count:N0} particles, leeway and tidal stream); uncertainty {estimate.SigmaMetres:0} m, {estimate.StrandedFraction * 100:0}% on the coast."));
        _lastLogged[incident.Id] = frame.Time;
    }

    // Seeded from the datum: a uniform disc of radius 2σ has a standard deviation of σ on each axis.
    private DriftSimulation StartDrift(IncidentId id, Datum datum)
    {
        var options = new DriftOptions
        {
            Particles = Options.DriftParticles,
            CurrentUncertaintyMetresPerSecond = Options.CurrentUncertaintyMetresPerSecond,
            RandomSeed = (ulong)id.Value,
        };
        return new DriftSimulation(DriftSeed.Circle(datum.Position, datum.Time, Math.Min(2 * datum.SigmaMetres, 100_000)), Options.DriftScenarios, _forcing, options,
            _context.Geography.LandRaster);
    }

    private void ManageHandover(SarIncident incident, DateTimeOffset time, List<AlertChange> alertChanges)
    {
        var region = CoordinationCentres.ForRegion(_context.WatersAt(incident.Datum.Position).SarRegion);
        if (region is not { } other || other == incident.Coordinator)
        {
            _inOtherRegionSince.Remove(incident.Id);
        }
        else if (!_inOtherRegionSince.ContainsKey(incident.Id))
        {
            _inOtherRegionSince[incident.Id] = time;
        }

        // The datum must stay in the other region a while before the case is offered, so that a boat on the line (or
        // a datum's noise) does not send it to and fro.
        if (region is { } centre && centre != incident.Coordinator && incident.PendingHandover is null &&
            time - _inOtherRegionSince[incident.Id] >= Options.OfferAfterInOtherRegion)
        {
            incident.OfferHandover(time, Options.HandoverAcceptWithin, Actor.System,
                $"The datum entered the {(centre == CoordinationCentre.HmcgDover ? "UK" : "French")} SAR region.");
        }

        if (incident.PendingHandover is { } offer && Options.SimulatedAcceptanceAfter is { } after && time - offer.Time >= after)
        {
            incident.AcceptHandover(time, offer.To == CoordinationCentre.HmcgDover ? ReplayUk : ReplayFr, "Accepted (simulated watch officer in a replay).");
            return;
        }

        if (incident.EscalateOverdueHandover(time) is { } overdue && _book.Raise(new AlertCandidate(AlertType.HandoverOverdue, AlertSeverity.Urgent, time,
                $"handover-overdue/{incident.Id}/{overdue.Time:O}", incident.Datum.Position, incident.Datum.TrackId, null, overdue.Reason)) is { } raised)
        {
            alertChanges.Add(raised);
            alertChanges.Add(_book.Link(raised.Alert.Number, incident.Id.ToString(), AlertBook.SystemActor, time));
        }
    }
}
