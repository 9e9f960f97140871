using System.Globalization;
using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Geo.Features;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Incidents;
using Entente.Rules.Situation;

namespace Entente.Incidents.Outcomes;

/// <summary>
/// Turns reports of how crossings ended (detections with an outcome, or a person's report) into numbered
/// <see cref="OutcomeReport"/>s tied to the picture: a prevented launch or a landing to the nearest beach or landing
/// place, an interception, rescue or landing to the nearest small-boat track that was there, and to the open incident of
/// that track or whose datum is near. People rescued or landed on an incident are counted on its log by the reporter;
/// nothing is closed: closing an incident stays a person's decision on evidence.
/// </summary>
/// <remarks>Not thread-safe: the pipeline's thread drives it; the owner serialises people's reports with it.</remarks>
public sealed class OutcomeRecorder
{
    private readonly SituationContext _context;
    private readonly Func<IReadOnlyList<SarIncident>> _incidents;
    private readonly List<OutcomeReport> _reports = [];
    private readonly Dictionary<long, (TrackHistory Track, DateTimeOffset Ended)> _ended = [];
    private long _next;

    /// <summary>Creates a recorder with no reports.</summary>
    /// <param name="context">The rules' context (geography and track histories), observed before this runs.</param>
    /// <param name="incidents">The incidents as they stand (the coordinator's).</param>
    /// <param name="options">Options; the defaults when null.</param>
    public OutcomeRecorder(SituationContext context, Func<IReadOnlyList<SarIncident>> incidents, OutcomeRecorderOptions? options = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _incidents = incidents ?? throw new ArgumentNullException(nameof(incidents));
        Options = (options ?? new OutcomeRecorderOptions()).Validate();
        _next = Options.FirstNumber;
    }

    /// <summary>The options.</summary>
    public OutcomeRecorderOptions Options { get; }

    /// <summary>Every report, in the order recorded.</summary>
    public IReadOnlyList<OutcomeReport> Reports => _reports;

    /// <summary>Brings back reports from before a restart; numbering carries on after the highest.</summary>
    /// <param name="reports">The reports, in the order recorded.</param>
    public void Restore(IEnumerable<OutcomeReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var report in reports)
        {
            _reports.Add(report);
            _next = Math.Max(_next, report.Number + 1);
        }
    }

    /// <summary>Takes in a frame: remembers tracks that ended, and records the frame's outcome reports.</summary>
    /// <param name="frame">The frame (the rules' context has observed it).</param>
    /// <returns>The reports recorded and the incident events they made, in order.</returns>
    public (IReadOnlyList<OutcomeReport> Reports, IReadOnlyList<IncidentEvent> Events) Observe(SituationFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        foreach (var ended in _context.Ended)
        {
            if (ended.EverSmallBoat)
            {
                _ended[ended.Id] = (ended, frame.Time);
            }
        }

        foreach (var gone in _ended.Where(e => frame.Time - e.Value.Ended > Options.TrackWindow).Select(e => e.Key).ToList())
        {
            _ended.Remove(gone);
        }

        List<OutcomeReport>? reports = null;
        List<IncidentEvent>? events = null;
        foreach (var record in frame.Detections)
        {
            if (record.Outcome is not { } outcome)
            {
                continue;
            }

            var report = Record(new OutcomeReport(_next, record.Time, outcome, record.Sensor) { People = record.People, Position = record.Position },
                Actor(record.Sensor), events ??= []);
            (reports ??= []).Add(report);
        }

        return (reports ?? (IReadOnlyList<OutcomeReport>)[], events ?? (IReadOnlyList<IncidentEvent>)[]);
    }

    /// <summary>A person reports an outcome. What they leave out (place, track, incident) is found from the position as
    /// for any report.</summary>
    /// <param name="outcome">What happened.</param>
    /// <param name="time">When it was reported.</param>
    /// <param name="actor">Who reports it.</param>
    /// <param name="people">People, when known; not negative.</param>
    /// <param name="position">Where, when known.</param>
    /// <param name="zone">The beach or place, by geography feature id, when the person names one.</param>
    /// <param name="track">The track, when the person names one.</param>
    /// <param name="incident">The incident, e.g. "INC-00003", when the person names one.</param>
    /// <param name="message">Their words, when given.</param>
    /// <returns>The report recorded and the incident events it made.</returns>
    /// <exception cref="ArgumentException">A value is invalid (an unknown place or incident, a negative count or track).</exception>
    public (OutcomeReport Report, IReadOnlyList<IncidentEvent> Events) Report(BoatOutcome outcome, DateTimeOffset time, Actor actor, int? people,
        GeoPosition? position, string? zone, long? track, string? incident, string? message)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (people is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(people), people, "People cannot be negative.");
        }

        if (zone is not null && _context.Geography.Find(zone) is null)
        {
            throw new ArgumentException($"There is no place '{zone}' in the geography.", nameof(zone));
        }

        if (incident is not null && !_incidents().Any(i => string.Equals(i.Id.ToString(), incident, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"There is no incident '{incident}'.", nameof(incident));
        }

        if (track is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(track), track, "A track number cannot be negative.");
        }

        var events = new List<IncidentEvent>();
        var report = Record(new OutcomeReport(_next, time, outcome, actor.ToString())
        {
            People = people,
            Position = position,
            Zone = zone,
            Track = track,
            Incident = incident,
            Message = string.IsNullOrWhiteSpace(message) ? string.Empty : message.Trim(),
        }, actor, events);
        return (report, events);
    }

    private OutcomeReport Record(OutcomeReport draft, Actor actor, List<IncidentEvent> events)
    {
        var zone = draft.Zone;
        var track = draft.Track;
        var incidentId = draft.Incident;
        if (draft.Position is { } at)
        {
            if (zone is null && draft.Outcome is BoatOutcome.Prevented or BoatOutcome.Landed)
            {
                zone = NearestPlace(at, draft.Outcome);
            }

            if (track is null && draft.Outcome is not BoatOutcome.Prevented)
            {
                track = NearestTrack(at, draft.Time);
            }
        }

        var incident = incidentId is not null
            ? _incidents().FirstOrDefault(i => string.Equals(i.Id.ToString(), incidentId, StringComparison.Ordinal))
            : draft.Outcome is BoatOutcome.Prevented ? null : IncidentFor(track, draft.Position);
        var place = zone is null ? null : _context.Geography.Find(zone)?.Name ?? zone;
        var sentence = Sentence(draft, place, track, incident?.Id.ToString() ?? incidentId);
        var report = draft with
        {
            Zone = zone,
            Track = track,
            Incident = incident?.Id.ToString() ?? incidentId,
            Message = draft.Message.Length > 0 ? draft.Message : sentence,
        };
        _reports.Add(report);
        _next = report.Number + 1;
        if (incident is { Status: IncidentStatus.Open })
        {
            events.Add(Log(incident, report, actor, sentence));
        }

        return report;
    }

    // People rescued or landed are counted on the incident; anything else is a note. The reporter is on the record.
    private static IncidentEvent Log(SarIncident incident, OutcomeReport report, Actor actor, string sentence)
    {
        var count = incident.People;
        var people = report.People ?? 0;
        return report.Outcome switch
        {
            BoatOutcome.Rescued when people > 0 => incident.CountPeople(new PeopleCount(count.Aboard, count.Rescued + people, count.Landed, count.Missing),
                report.Time, actor, $"{report.Id}: {sentence}"),
            BoatOutcome.Landed when people > 0 => incident.CountPeople(new PeopleCount(count.Aboard, count.Rescued, count.Landed + people, count.Missing),
                report.Time, actor, $"{report.Id}: {sentence}"),
            _ => incident.AddNote($"{report.Id}: {sentence}", report.Time, actor),
        };
    }

    private string? NearestPlace(GeoPosition at, BoatOutcome outcome)
    {
        var beach = _context.Geography.Nearest(at, FeatureKind.LaunchBeach);
        var landing = outcome == BoatOutcome.Landed ? _context.Geography.Nearest(at, FeatureKind.Landing) : null;
        var best = landing is not null && (beach is null || landing.DistanceMetres < beach.DistanceMetres) ? landing : beach;
        return best is not null && best.DistanceMetres <= Options.PlaceRadiusMetres ? best.Place.Id : null;
    }

    // The small-boat track, live or recently ended, that came nearest the report's position in the window before it.
    private long? NearestTrack(GeoPosition at, DateTimeOffset time)
    {
        if (!ChannelProjection.TryProject(at, out var point))
        {
            return null;
        }

        long? best = null;
        var bestMetres = Options.TrackRadiusMetres;
        foreach (var history in _context.Tracks.Where(t => t.IsSmallBoat).Concat(_ended.Values.Select(e => e.Track)))
        {
            foreach (var (seen, position) in history.Recent)
            {
                var metres = position.PlanarDistanceMetres(point);
                if (time - seen <= Options.TrackWindow && seen - time <= Options.TrackWindow && metres <= bestMetres)
                {
                    (best, bestMetres) = (history.Id, metres);
                }
            }
        }

        return best;
    }

    private SarIncident? IncidentFor(long? track, GeoPosition? at)
    {
        var open = _incidents().Where(i => i.Status == IncidentStatus.Open).ToList();
        if (track is { } id && open.FirstOrDefault(i => i.Datum.TrackId == id) is { } tied)
        {
            return tied;
        }

        return at is { } position
            ? open.Select(i => (Incident: i, Metres: Geodesic.DistanceMetres(i.Datum.Position, position)))
                .Where(p => p.Metres <= Options.IncidentRadiusMetres).OrderBy(p => p.Metres).Select(p => p.Incident).FirstOrDefault()
            : null;
    }

    private static string Sentence(OutcomeReport report, string? place, long? track, string? incident)
    {
        var c = CultureInfo.InvariantCulture;
        var what = report.Outcome switch
        {
            BoatOutcome.Prevented => "a launch prevented",
            BoatOutcome.Intercepted => "people taken aboard from a boat under way",
            BoatOutcome.Rescued => "people rescued",
            _ => "a boat landed",
        };
        var people = report.People is { } n ? string.Create(c, $", {n} {(n == 1 ? "person" : "people")}") : string.Empty;
        var where = place is null ? string.Empty : $" at {place}";
        var links = string.Join(", ", new[] { track is { } t ? string.Create(c, $"track {t}") : null, incident }.OfType<string>());
        return $"{report.Reporter} reports {what}{people}{where}{(links.Length > 0 ? $" ({links})" : string.Empty)}.";
    }

    private static Actor Actor(string reporter) => new(reporter, null);
}
