namespace Entente.Rules.Alerts;

/// <summary>
/// The alerts of a watch: raises new ones, folds repeats of a live alert into it, and runs each through its lifecycle
/// (raised → acknowledged → resolved) with who and when. An alert left unacknowledged past its time escalates, one
/// severity step at a time (never above distress), and the clock restarts, up to
/// <see cref="AlertBookOptions.MaxEscalations"/> times.
/// </summary>
/// <remarks>
/// Times are domain times passed in (the frame's time in a replay, the injected clock live), never read here.
/// Thread-safe: operators acknowledge from request threads while the pipeline raises.
/// </remarks>
public sealed class AlertBook
{
    /// <summary>The actor name for changes the system makes.</summary>
    public const string SystemActor = "entente";

    private readonly Lock _gate = new();
    private readonly List<Alert> _alerts = [];
    private readonly Dictionary<string, int> _liveByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _byNumber = [];
    private long _next;

    /// <summary>Creates an empty book.</summary>
    /// <param name="options">Acknowledgement times; the defaults when null.</param>
    /// <param name="firstNumber">The first alert number to give (after those already stored); 1 by default.</param>
    public AlertBook(AlertBookOptions? options = null, long firstNumber = 1)
    {
        Options = (options ?? new AlertBookOptions()).Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(firstNumber, 1);
        _next = firstNumber;
    }

    /// <summary>The acknowledgement times.</summary>
    public AlertBookOptions Options { get; }

    /// <summary>Every alert, in the order raised, as it stands now.</summary>
    public IReadOnlyList<Alert> Alerts
    {
        get
        {
            lock (_gate)
            {
                return [.. _alerts];
            }
        }
    }

    /// <summary>The alert with a number, or null.</summary>
    /// <param name="number">The alert number.</param>
    /// <returns>The alert as it stands.</returns>
    public Alert? Find(long number)
    {
        lock (_gate)
        {
            return _byNumber.TryGetValue(number, out var index) ? _alerts[index] : null;
        }
    }

    /// <summary>Brings back alerts from before a restart, as their recorded changes left them, so that one not yet
    /// resolved is still on the watch's list (and still escalates). They keep their numbers; the rules' repeats do not
    /// fold into them, since the tracks they named are gone.</summary>
    /// <param name="alerts">The alerts, each rebuilt by <see cref="Restored"/>; numbers below the next one to give.</param>
    /// <exception cref="ArgumentException">A number is already in the book or not below the next one to give.</exception>
    public void Restore(IEnumerable<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        lock (_gate)
        {
            foreach (var alert in alerts)
            {
                if (_byNumber.ContainsKey(alert.Number) || alert.Number >= _next)
                {
                    throw new ArgumentException($"{alert.Id} cannot be restored: its number is taken or not yet given.", nameof(alerts));
                }

                _byNumber[alert.Number] = _alerts.Count;
                _alerts.Add(alert);
                if (alert.Status != AlertStatus.Resolved)
                {
                    _liveByKey[alert.Key] = _alerts.Count - 1;
                }
            }
        }
    }

    /// <summary>Rebuilds an alert from its recorded changes (oldest first, the first one raising it).</summary>
    /// <param name="number">The alert's number.</param>
    /// <param name="raised">The candidate as raised: type, severity, time, position, track, zone, message, people.</param>
    /// <param name="changes">The later changes: kind, time, actor, reason, and severity and incident after each.</param>
    /// <returns>The alert as the changes leave it; its key is "restored/" and its id.</returns>
    public static Alert Restored(long number, AlertCandidate raised,
        IEnumerable<(AlertChangeKind Kind, DateTimeOffset Time, string Actor, string Reason, AlertSeverity Severity, string? Incident)> changes)
    {
        ArgumentNullException.ThrowIfNull(raised);
        ArgumentNullException.ThrowIfNull(changes);
        var alert = new Alert(number, raised with { Key = "restored/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        foreach (var (kind, time, actor, reason, severity, incident) in changes)
        {
            alert = kind switch
            {
                AlertChangeKind.Acknowledged => alert with { Status = AlertStatus.Acknowledged, AcknowledgedBy = actor, AcknowledgedAt = time },
                AlertChangeKind.Escalated => alert with { Severity = severity, Escalations = alert.Escalations + 1, EscalatedAt = time },
                AlertChangeKind.Resolved => alert with { Status = AlertStatus.Resolved, ResolvedBy = actor, ResolvedAt = time, Resolution = reason },
                AlertChangeKind.Linked => alert with { IncidentId = incident ?? alert.IncidentId },
                _ => alert,
            };
        }

        return alert;
    }

    /// <summary>Raises an alert, or folds the candidate into the live alert with the same key.</summary>
    /// <param name="candidate">What a rule found.</param>
    /// <returns>The change when a new alert was raised; null when it was a repeat.</returns>
    public AlertChange? Raise(AlertCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        lock (_gate)
        {
            if (_liveByKey.TryGetValue(candidate.Key, out var index))
            {
                var live = _alerts[index];
                _alerts[index] = live with
                {
                    LastSeen = candidate.Time > live.LastSeen ? candidate.Time : live.LastSeen,
                    Occurrences = live.Occurrences + 1,
                    Position = candidate.Position ?? live.Position,
                    People = candidate.People ?? live.People,
                };
                return null;
            }

            var alert = new Alert(_next++, candidate);
            _byNumber[alert.Number] = _alerts.Count;
            _alerts.Add(alert);
            _liveByKey[candidate.Key] = _alerts.Count - 1;
            return new AlertChange(AlertChangeKind.Raised, candidate.Time, SystemActor, candidate.Message, alert);
        }
    }

    /// <summary>A person takes an alert.</summary>
    /// <param name="number">The alert number.</param>
    /// <param name="actor">Who.</param>
    /// <param name="time">When.</param>
    /// <returns>The change.</returns>
    /// <exception cref="KeyNotFoundException">There is no such alert.</exception>
    /// <exception cref="InvalidOperationException">It is not waiting for an acknowledgement.</exception>
    public AlertChange Acknowledge(long number, string actor, DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        lock (_gate)
        {
            var alert = Get(number);
            if (alert.Status != AlertStatus.Raised)
            {
                throw new InvalidOperationException($"{alert.Id} is {alert.Status.ToString().ToLowerInvariant()}, not waiting for an acknowledgement.");
            }

            return Replace(alert with { Status = AlertStatus.Acknowledged, AcknowledgedBy = actor, AcknowledgedAt = time },
                AlertChangeKind.Acknowledged, time, actor, "Acknowledged.");
        }
    }

    /// <summary>A person closes an alert, with a reason.</summary>
    /// <param name="number">The alert number.</param>
    /// <param name="actor">Who.</param>
    /// <param name="time">When.</param>
    /// <param name="reason">Why; required, so that nothing is closed without a word on the record.</param>
    /// <returns>The change.</returns>
    /// <exception cref="KeyNotFoundException">There is no such alert.</exception>
    /// <exception cref="InvalidOperationException">It is already resolved.</exception>
    public AlertChange Resolve(long number, string actor, DateTimeOffset time, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (_gate)
        {
            var alert = Get(number);
            if (alert.Status == AlertStatus.Resolved)
            {
                throw new InvalidOperationException($"{alert.Id} is already resolved.");
            }

            _liveByKey.Remove(alert.Key);
            return Replace(alert with { Status = AlertStatus.Resolved, ResolvedBy = actor, ResolvedAt = time, Resolution = reason },
                AlertChangeKind.Resolved, time, actor, reason);
        }
    }

    /// <summary>Records that an alert belongs to an incident.</summary>
    /// <param name="number">The alert number.</param>
    /// <param name="incidentId">The incident.</param>
    /// <param name="actor">Who linked it.</param>
    /// <param name="time">When.</param>
    /// <returns>The change.</returns>
    /// <exception cref="KeyNotFoundException">There is no such alert.</exception>
    public AlertChange Link(long number, string incidentId, string actor, DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(incidentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        lock (_gate)
        {
            var alert = Get(number);
            return Replace(alert with { IncidentId = incidentId }, AlertChangeKind.Linked, time, actor, $"Linked to {incidentId}.");
        }
    }

    /// <summary>Escalates every alert left unacknowledged past its time.</summary>
    /// <param name="now">The current time.</param>
    /// <returns>The escalations, in alert order.</returns>
    public IReadOnlyList<AlertChange> Tick(DateTimeOffset now)
    {
        lock (_gate)
        {
            List<AlertChange>? changes = null;
            foreach (var index in _liveByKey.Values.Order())
            {
                var alert = _alerts[index];
                if (alert.Status != AlertStatus.Raised || alert.Escalations >= Options.MaxEscalations ||
                    Options.AcknowledgeWithin(alert.Severity) is not { } allowed)
                {
                    continue;
                }

                var since = alert.EscalatedAt ?? alert.RaisedAt;
                if (now - since < allowed)
                {
                    continue;
                }

                var severity = alert.Severity == AlertSeverity.Distress ? AlertSeverity.Distress : alert.Severity + 1;
                var reason = $"Not acknowledged within {allowed.TotalMinutes:0.#} min; now {AlertTypes.ToName(severity)}.";
                (changes ??= []).Add(Replace(alert with { Severity = severity, Escalations = alert.Escalations + 1, EscalatedAt = now },
                    AlertChangeKind.Escalated, now, SystemActor, reason));
            }

            return changes ?? (IReadOnlyList<AlertChange>)[];
        }
    }

    private Alert Get(long number) =>
        _byNumber.TryGetValue(number, out var index) ? _alerts[index] : throw new KeyNotFoundException($"There is no alert number {number}.");

    private AlertChange Replace(Alert alert, AlertChangeKind kind, DateTimeOffset time, string actor, string reason)
    {
        _alerts[_byNumber[alert.Number]] = alert;
        return new AlertChange(kind, time, actor, reason, alert);
    }
}
