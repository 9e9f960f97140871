using System.Globalization;
using Entente.Core.Detections;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Incidents;
using Entente.Incidents.Outcomes;
using Entente.Incidents.Output;
using Entente.Picture.Pipeline;
using Entente.Rules.Alerts;
using Entente.Rules.Output;
using Entente.Sar.Particles;
using Entente.Simulation.Output;
using Entente.Storage;
using Entente.Storage.Events;
using Entente.Geo.Geography;
using Entente.Server.Apis;
using Entente.Server.Security;
using Entente.Server.Streaming;

namespace Entente.Server.Picture;

/// <summary>
/// The server's live picture: the one <see cref="PicturePipeline"/> fed by the live feed, with every alert change and
/// incident event journalled to the event store in the order it happened, and people's actions on alerts and incidents
/// applied between feed steps. An action is answered only once its events are committed, and audited
/// (<see cref="PictureAudit"/>).
/// </summary>
/// <remarks>Thread-safe: the feed's thread and request threads take turns under one lock; waiting for the database
/// happens outside it.</remarks>
internal sealed class LivePicture(IDatabase database, EventJournal journal, ChannelGeography geography, TimeProvider clock,
    LiveView view, PictureBroadcaster broadcaster, SensorRegistry sensors, AuditTrail audit, ILogger<LivePicture> logger) : ISimulationSink
{
    /// <summary>Resolved alerts pushed with the list, newest first (every unresolved one is).</summary>
    private const int ResolvedAlertsPushed = 50;

    /// <summary>Frames between pushes of the incident list when no event changed it (datums drift between events).</summary>
    private const int IncidentPushFrames = 5;

    private readonly Lock _gate = new();
    private readonly List<Task<AppendResult>> _inFlight = [];
    // Who may see each alert: what raised it, widened with its track (guarded by _gate).
    private readonly Dictionary<long, Core.Sharing.Provenance> _alertProvenance = [];
    private PicturePipeline? _pipeline;
    private int _framesSinceIncidents;

    /// <summary>Whether the picture has started.</summary>
    public bool IsRunning => _pipeline is not null;

    /// <summary>Starts the picture after what is already stored (alert and incident numbers carry on).</summary>
    /// <param name="options">The pipeline's options (numbers are set here).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task StartAsync(PicturePipelineOptions options, CancellationToken cancellationToken)
    {
        var alerts = await LastNumberAsync("alert-", cancellationToken).ConfigureAwait(false);
        var incidents = await LastNumberAsync("incident-", cancellationToken).ConfigureAwait(false);
        var outcomes = await LastNumberAsync("outcome-", cancellationToken).ConfigureAwait(false);
        Hosting.LogMessages.PictureResumed(logger, alerts, incidents);
        var pipeline = new PicturePipeline(geography, options with
        {
            FirstAlertNumber = alerts + 1,
            FirstIncidentNumber = incidents + 1,
            FirstOutcomeNumber = outcomes + 1,
        });
        pipeline.Incidents.Resume(await OpenIncidentsAsync(cancellationToken).ConfigureAwait(false));
        pipeline.Outcomes.Restore(await StoredOutcomesAsync(cancellationToken).ConfigureAwait(false));
        pipeline.Monitor.Book.Restore(await UnresolvedAlertsAsync(cancellationToken).ConfigureAwait(false));
        lock (_gate)
        {
            _pipeline = pipeline;
            broadcaster.Publish(null, AlertList(pipeline), IncidentList(pipeline));
        }
    }

    /// <summary>The tracking options of the running pipeline (the defaults before it starts).</summary>
    public Tracking.Pipeline.TrackingPipelineOptions TrackingOptions
    {
        get
        {
            lock (_gate)
            {
                return _pipeline?.Options.Tracking ?? new PicturePipelineOptions().Tracking;
            }
        }
    }

    /// <summary>The night so far, counted from what a viewer may see (nothing without an agency).</summary>
    /// <param name="viewer">The viewer's agency, or null.</param>
    /// <returns>The night.</returns>
    public NightResponse NightFor(Core.Sharing.Agency? viewer)
    {
        lock (_gate)
        {
            return view.Night(_pipeline?.Monitor.Book.Alerts ?? [], _pipeline?.Incidents.Incidents ?? [], AlertProvenance, viewer);
        }
    }

    /// <summary>The alerts a viewer may see, newest first.</summary>
    /// <param name="viewer">The viewer's agency, or null (then none).</param>
    /// <param name="status">Only alerts in this state, when given.</param>
    /// <returns>The alerts.</returns>
    public IReadOnlyList<AlertResponse> AlertsFor(Core.Sharing.Agency? viewer, AlertStatus? status)
    {
        lock (_gate)
        {
            var alerts = _pipeline?.Monitor.Book.Alerts ?? [];
            var list = new List<AlertResponse>();
            for (var i = alerts.Count - 1; i >= 0 && viewer is not null; i--)
            {
                if ((status is null || alerts[i].Status == status) && AlertProvenance(alerts[i]).IsReleasableTo(viewer))
                {
                    list.Add(AlertResponse.From(alerts[i], AlertProvenance(alerts[i])));
                }
            }

            return list;
        }
    }

    /// <summary>Whether an alert exists that a viewer may not see (acting on it would tell of it).</summary>
    /// <param name="number">The alert's number.</param>
    /// <param name="viewer">The viewer's agency, or null (then every alert is hidden).</param>
    /// <returns>True when the alert exists and is not released to the viewer.</returns>
    public bool HidesAlert(long number, Core.Sharing.Agency? viewer)
    {
        lock (_gate)
        {
            var alert = _pipeline?.Monitor.Book.Alerts.FirstOrDefault(a => a.Number == number);
            return alert is not null && (viewer is null || !AlertProvenance(alert).IsReleasableTo(viewer));
        }
    }

    /// <summary>Who may see an alert (call under the lock): what raised it, widened with its track since.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>Its provenance; shared by both centres when nothing is known of what raised it.</returns>
    private Core.Sharing.Provenance AlertProvenance(Alert alert) => _alertProvenance.GetValueOrDefault(alert.Number) ?? Releasing.Shared;

    /// <summary>The current time of the picture: its latest frame, or the clock before the first.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                return _pipeline?.LatestFrame?.Time ?? clock.GetUtcNow();
            }
        }
    }

    /// <summary>The alerts as they stand.</summary>
    public IReadOnlyList<Alert> Alerts
    {
        get
        {
            lock (_gate)
            {
                return _pipeline?.Monitor.Book.Alerts ?? [];
            }
        }
    }

    /// <summary>The outcome reports, stored before a restart and since, in the order recorded.</summary>
    public IReadOnlyList<OutcomeReport> Outcomes
    {
        get
        {
            lock (_gate)
            {
                return [.. _pipeline?.Outcomes.Reports ?? []];
            }
        }
    }

    /// <summary>Where an incident's boat may be, as particles with the leeway category of each scenario.</summary>
    /// <param name="id">The incident.</param>
    /// <returns>The particles and categories, or null when there is no such incident (or no picture yet).</returns>
    public (ParticleCloud Cloud, IReadOnlyList<string> Categories)? CloudOf(Core.Identifiers.IncidentId id)
    {
        lock (_gate)
        {
            return _pipeline?.Incidents.CloudOf(id) is { } cloud
                ? (cloud, [.. _pipeline.Incidents.Options.DriftScenarios.Select(s => s.Category.Key)])
                : null;
        }
    }

    /// <summary>What a search plan needs of an open incident: its drift (a snapshot), its datum and the wind's direction.</summary>
    /// <param name="id">The incident.</param>
    /// <returns>The inputs, or null when there is no such open incident.</returns>
    public (ParticleCloud Cloud, Core.Positions.GeoPosition Datum, double WindFromDegrees)? SearchInputs(Core.Identifiers.IncidentId id)
    {
        lock (_gate)
        {
            if (_pipeline?.Incidents.Incidents.FirstOrDefault(i => i.Id == id && i.Status == IncidentStatus.Open) is not { } incident ||
                _pipeline.Incidents.CloudOf(id) is not { } cloud)
            {
                return null;
            }

            // Only a constant wind has one direction; with none configured the patterns are laid north-up.
            return (cloud, incident.Datum.Position, _pipeline.Incidents.Options.Wind is Sar.Forcing.ConstantWind wind ? wind.FromDegrees : 0);
        }
    }

    /// <summary>A snapshot of the incidents, taken under the lock.</summary>
    /// <typeparam name="T">What is taken.</typeparam>
    /// <param name="read">Reads the incidents.</param>
    /// <returns>What it read.</returns>
    public T ReadIncidents<T>(Func<IReadOnlyList<SarIncident>, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            return read(_pipeline?.Incidents.Incidents ?? []);
        }
    }

    public void Truth(TruthRecord record)
    {
    }

    public void Detection(DetectionRecord record)
    {
        lock (_gate)
        {
            sensors.Heard(record);
            if (_pipeline is { } pipeline)
            {
                Journal(pipeline, pipeline.Add(record));
            }
        }
    }

    public void Ais(DateTimeOffset time, string line)
    {
        lock (_gate)
        {
            sensors.HeardAis(time);
            if (_pipeline is { } pipeline)
            {
                Journal(pipeline, pipeline.AddAis(time, line));
            }
        }
    }

    public void StepCompleted(DateTimeOffset time)
    {
        lock (_gate)
        {
            if (_pipeline is { } pipeline)
            {
                Journal(pipeline, pipeline.AdvanceTo(time));
            }
        }
    }

    /// <summary>Waits until everything the feed produced so far is committed (failures are logged by the journal).</summary>
    /// <returns>Completes when committed or failed.</returns>
    public async Task FlushAsync()
    {
        Task<AppendResult>[] pending;
        lock (_gate)
        {
            pending = [.. _inFlight];
            _inFlight.Clear();
        }

        try
        {
            await Task.WhenAll(pending).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Already logged and counted by the journal; the feed carries on.
        }
    }

    /// <summary>Does something to the picture on a person's behalf and waits until it is committed.</summary>
    /// <param name="action">What to do, under the lock: returns the alert changes and incident events it made.</param>
    /// <returns>The positions assigned, in order.</returns>
    /// <exception cref="PictureNotReadyException">The picture has not started.</exception>
    public async Task<IReadOnlyList<long>> ActAsync(Func<PicturePipeline, DateTimeOffset, (IReadOnlyList<AlertChange> Alerts, IReadOnlyList<IncidentEvent> Events)> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        List<Task<AppendResult>> appends;
        IReadOnlyList<AlertChange> alerts;
        IReadOnlyList<IncidentEvent> events;
        lock (_gate)
        {
            var pipeline = _pipeline ?? throw new PictureNotReadyException();
            (alerts, events) = action(pipeline, pipeline.LatestFrame?.Time ?? clock.GetUtcNow());
            NoteRaised(alerts, pipeline.LatestFrame?.Tracks ?? []);
            appends = Enqueue(alerts, events, []);
            broadcaster.Publish(null, alerts.Count > 0 ? AlertList(pipeline) : null, events.Count > 0 ? IncidentList(pipeline) : null);
        }

        var results = await Task.WhenAll(appends).ConfigureAwait(false);
        IReadOnlyList<long> positions = [.. results.SelectMany(r => r.Positions)];
        await AuditAsync(alerts, [], events, positions).ConfigureAwait(false);
        return positions;
    }

    /// <summary>Records an outcome on a person's behalf and waits until it is committed.</summary>
    /// <param name="report">What to record, under the lock: the report and the incident events it made.</param>
    /// <returns>The report and the positions assigned, in order.</returns>
    /// <exception cref="PictureNotReadyException">The picture has not started.</exception>
    public async Task<(OutcomeReport Report, IReadOnlyList<long> Positions)> ReportOutcomeAsync(
        Func<PicturePipeline, DateTimeOffset, (OutcomeReport Report, IReadOnlyList<IncidentEvent> Events)> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        List<Task<AppendResult>> appends;
        OutcomeReport made;
        IReadOnlyList<IncidentEvent> events;
        lock (_gate)
        {
            var pipeline = _pipeline ?? throw new PictureNotReadyException();
            (made, events) = report(pipeline, pipeline.LatestFrame?.Time ?? clock.GetUtcNow());
            appends = Enqueue([], events, [made]);
            broadcaster.Publish(null, null, events.Count > 0 ? IncidentList(pipeline) : null);
        }

        var results = await Task.WhenAll(appends).ConfigureAwait(false);
        IReadOnlyList<long> positions = [.. results.SelectMany(r => r.Positions)];
        await AuditAsync([], [made], events, positions).ConfigureAwait(false);
        return (made, positions);
    }

    /// <summary>The stored log of an incident, oldest first.</summary>
    /// <param name="id">The incident.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored events.</returns>
    public Task<IReadOnlyList<StoredEvent>> StoredLogAsync(Core.Identifiers.IncidentId id, CancellationToken cancellationToken) =>
        database.Events.ReadStreamAsync(IncidentStream(id), cancellationToken);

    /// <summary>The stream of an incident.</summary>
    /// <param name="id">The incident.</param>
    /// <returns>"incident-00007".</returns>
    public static string IncidentStream(Core.Identifiers.IncidentId id) => string.Create(CultureInfo.InvariantCulture, $"incident-{id.Value:D5}");

    /// <summary>The stream of an alert.</summary>
    /// <param name="number">The alert number.</param>
    /// <returns>"alert-00042".</returns>
    public static string AlertStream(long number) => string.Create(CultureInfo.InvariantCulture, $"alert-{number:D5}");

    /// <summary>The stream of an outcome report.</summary>
    /// <param name="number">The report number.</param>
    /// <returns>"outcome-00003".</returns>
    public static string OutcomeStream(long number) => string.Create(CultureInfo.InvariantCulture, $"outcome-{number:D5}");

    // After the records are committed and outside the lock: the audit append is a database write of its own.
    private Task AuditAsync(IReadOnlyList<AlertChange> alerts, IReadOnlyList<OutcomeReport> outcomes, IReadOnlyList<IncidentEvent> events,
        IReadOnlyList<long> positions) =>
        audit.RecordDoneAsync(() => PictureAudit.Entries(audit, alerts, outcomes, events, positions));

    private void Journal(PicturePipeline pipeline, IReadOnlyList<PictureUpdate> updates)
    {
        if (updates.Count == 0)
        {
            return;
        }

        bool alertsChanged = false, incidentsChanged = false;
        PictureSnapshot? snapshot = null;
        foreach (var update in updates)
        {
            if (update.Alerts.Count > 0 || update.Events.Count > 0 || update.Outcomes.Count > 0)
            {
                _inFlight.AddRange(Enqueue(update.Alerts, update.Events, update.Outcomes));
            }

            alertsChanged |= update.Alerts.Count > 0;
            incidentsChanged |= update.Events.Count > 0;
            NoteRaised(update.Alerts, update.Frame.Tracks);
            alertsChanged |= WidenWithTracks(pipeline.Monitor.Book.Alerts, update.Frame.Tracks);
            snapshot = view.Record(update.Frame, pipeline.Monitor.Book.Alerts, pipeline.Incidents.Incidents, AlertProvenance);
        }

        _framesSinceIncidents += updates.Count;
        incidentsChanged |= _framesSinceIncidents >= IncidentPushFrames && pipeline.Incidents.Incidents.Count > 0;
        _framesSinceIncidents = incidentsChanged ? 0 : _framesSinceIncidents;
        // Hands over and returns: serialising and sending happen on the broadcaster's thread.
        broadcaster.Publish(snapshot, alertsChanged ? AlertList(pipeline) : null, incidentsChanged ? IncidentList(pipeline) : null);
    }

    // A new alert takes the provenance of what raised it: its track's, or for a beach event without a track the beach
    // sensors'; distress reports, evidence conflicts and overdue handovers are both centres' (saving life first).
    private void NoteRaised(IReadOnlyList<AlertChange> changes, IReadOnlyList<Tracking.Output.TrackReport> tracks)
    {
        foreach (var change in changes)
        {
            var alert = change.Alert;
            if (_alertProvenance.ContainsKey(alert.Number))
            {
                continue;
            }

            _alertProvenance[alert.Number] = alert.TrackId is { } id
                ? tracks.FirstOrDefault(t => t.Id == id)?.Provenance ?? Releasing.Shared
                : alert.Type == AlertType.Launch ? Feeds.SourceReleasability.BeachSensor : Releasing.Shared;
        }
    }

    // An unresolved alert's audience grows with its track's; true when one did (the list is pushed again).
    private bool WidenWithTracks(IReadOnlyList<Alert> alerts, IReadOnlyList<Tracking.Output.TrackReport> tracks)
    {
        Dictionary<long, Core.Sharing.Provenance>? byTrack = null;
        var widened = false;
        foreach (var alert in alerts)
        {
            if (alert.Status == AlertStatus.Resolved || alert.TrackId is not { } id || !_alertProvenance.TryGetValue(alert.Number, out var current))
            {
                continue;
            }

            byTrack ??= tracks.Where(t => t.Provenance is not null).ToDictionary(t => t.Id, t => t.Provenance!);
            if (byTrack.TryGetValue(id, out var track) && current.WidenedBy(track) is var wider && !ReferenceEquals(wider, current))
            {
                _alertProvenance[alert.Number] = wider;
                widened = true;
            }
        }

        return widened;
    }

    private List<AlertResponse> AlertList(PicturePipeline pipeline)
    {
        var alerts = pipeline.Monitor.Book.Alerts;
        var list = new List<AlertResponse>();
        var resolved = 0;
        for (var i = alerts.Count - 1; i >= 0; i--)
        {
            if (alerts[i].Status != AlertStatus.Resolved || ++resolved <= ResolvedAlertsPushed)
            {
                list.Add(AlertResponse.From(alerts[i], AlertProvenance(alerts[i])));
            }
        }

        return list;
    }

    private static List<IncidentResponse> IncidentList(PicturePipeline pipeline) =>
        [.. pipeline.Incidents.Incidents.Reverse().Select(IncidentResponse.From)];

    private List<Task<AppendResult>> Enqueue(IReadOnlyList<AlertChange> alerts, IReadOnlyList<IncidentEvent> events, IReadOnlyList<OutcomeReport> outcomes)
    {
        var appends = new List<Task<AppendResult>>(alerts.Count + events.Count + outcomes.Count);
        foreach (var change in alerts)
        {
            appends.Add(journal.Enqueue(AlertStream(change.Alert.Number),
                [new NewEvent("alert-" + AlertChangeJson.EventName(change.Kind), change.Time.ToUniversalTime(), change.Actor, CentreOf(change.Actor),
                    change.Reason, AlertChangeJson.Write(change))]));
        }

        // Before the incident events they made (people counted, notes).
        foreach (var report in outcomes)
        {
            appends.Add(journal.Enqueue(OutcomeStream(report.Number),
                [new NewEvent("outcome-reported", report.Time.ToUniversalTime(), report.Reporter, CentreOf(report.Reporter), report.Message,
                    OutcomeReportJson.Write(report))]));
        }

        foreach (var e in events)
        {
            appends.Add(journal.Enqueue(IncidentStream(e.Incident),
                [new NewEvent(e.Type, e.Time.ToUniversalTime(), e.Actor.ToString(), CoordinationCentres.ToName(e.Coordinator), e.Reason,
                    IncidentEventJson.Write(e))]));
        }

        return appends;
    }

    // People act as "name (agency)"; the agency is the event's centre. Entente and sensors record as "entente".
    private static string CentreOf(string actor)
    {
        var open = actor.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && actor.EndsWith(')') ? actor[(open + 2)..^1] : "entente";
    }

    // Every outcome report in the store (the first event of each stream), in number order.
    private async Task<List<OutcomeReport>> StoredOutcomesAsync(CancellationToken cancellationToken)
    {
        var reports = new List<OutcomeReport>();
        foreach (var stream in await database.Events.StreamsAsync("outcome-", cancellationToken).ConfigureAwait(false))
        {
            var stored = await database.Events.ReadStreamAsync(stream, cancellationToken).ConfigureAwait(false);
            if (stored.Count == 0)
            {
                continue;
            }

            if (OutcomeReportJson.TryParse(System.Text.Encoding.UTF8.GetBytes(stored[0].PayloadJson), out var report, out var error))
            {
                reports.Add(report!);
            }
            else
            {
                Hosting.LogMessages.RecordUnreadable(logger, stream, error ?? "unreadable");
            }
        }

        return [.. reports.OrderBy(r => r.Number)];
    }

    // Every incident still open in the store, rebuilt from its log, so that no case is dropped by a restart.
    private async Task<List<SarIncident>> OpenIncidentsAsync(CancellationToken cancellationToken)
    {
        var open = new List<SarIncident>();
        foreach (var stream in await database.Events.StreamsAsync("incident-", cancellationToken).ConfigureAwait(false))
        {
            var log = await database.Events.ReadStreamAsync(stream, cancellationToken).ConfigureAwait(false);
            try
            {
                var incident = SarIncident.FromLog(log.Select(e => IncidentEventJson.Read(e.PayloadJson)));
                if (incident.Status == IncidentStatus.Open)
                {
                    open.Add(incident);
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
            {
                // A log that cannot be read back is kept as it is and said loudly; the picture starts without it.
                Hosting.LogMessages.RecordUnreadable(logger, stream, ex.Message);
            }
        }

        Hosting.LogMessages.IncidentsResumed(logger, open.Count);
        return open;
    }

    // Every alert not yet resolved, rebuilt from its recorded changes, so that the watch still sees it after a restart.
    private async Task<List<Alert>> UnresolvedAlertsAsync(CancellationToken cancellationToken)
    {
        var alerts = new List<Alert>();
        foreach (var stream in await database.Events.StreamsAsync("alert-", cancellationToken).ConfigureAwait(false))
        {
            var records = new List<AlertChangeRecord>();
            foreach (var stored in await database.Events.ReadStreamAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                if (AlertChangeJson.TryParse(System.Text.Encoding.UTF8.GetBytes(stored.PayloadJson), out var record, out var error))
                {
                    records.Add(record!);
                }
                else
                {
                    Hosting.LogMessages.RecordUnreadable(logger, stream, error ?? "unreadable");
                }
            }

            if (records is not [{ Event: AlertChangeKind.Raised } raised, ..] || records[^1].Status == AlertStatus.Resolved ||
                !long.TryParse(stream.AsSpan("alert-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var candidate = new AlertCandidate(raised.Type, raised.Severity, raised.Time, stream, raised.Position, raised.Track, raised.Zone, raised.Message)
            {
                People = raised.People,
                DetectedAt = raised.DetectedAt,
                LaunchedAt = raised.LaunchedAt,
            };
            alerts.Add(AlertBook.Restored(number, candidate, records.Skip(1).Select(r => (r.Event, r.Time, r.Actor, r.Reason, r.Severity, r.Incident))));
        }

        return alerts;
    }

    private async Task<long> LastNumberAsync(string prefix, CancellationToken cancellationToken)
    {
        long last = 0;
        foreach (var stream in await database.Events.StreamsAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            if (long.TryParse(stream.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                last = Math.Max(last, number);
            }
        }

        return last;
    }
}
