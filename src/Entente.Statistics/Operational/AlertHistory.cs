using Entente.Core.Positions;
using Entente.Rules.Alerts;
using Entente.Rules.Output;

namespace Entente.Statistics.Operational;

/// <summary>One alert as its recorded changes leave it: when it was raised and first acknowledged, and what it says.</summary>
internal sealed class AlertHistory
{
    private AlertHistory(string id, AlertType type) => (Id, Type) = (id, type);

    public string Id { get; }

    public AlertType Type { get; }

    /// <summary>Its raised change, or its earliest change when the raised one was not recorded.</summary>
    public DateTimeOffset RaisedAt { get; private set; } = DateTimeOffset.MaxValue;

    public DateTimeOffset? FirstAcknowledgedAt { get; private set; }

    public long? Track { get; private set; }

    public string? Zone { get; private set; }

    public GeoPosition? Position { get; private set; }

    public int? People { get; private set; }

    public string? Incident { get; private set; }

    /// <summary>Its latest resolution said it was a false alarm or a duplicate.</summary>
    public bool IsFalseAlarm { get; private set; }

    /// <summary>When the boat was launched, as the launch rule estimated it (launch alerts).</summary>
    public DateTimeOffset? LaunchedAt { get; private set; }

    /// <summary>When the boat's track was first detected.</summary>
    public DateTimeOffset? DetectedAt { get; private set; }

    private bool HasRaised { get; set; }

    /// <summary>Each alert's history, from its changes in any order.</summary>
    public static IReadOnlyList<AlertHistory> From(IEnumerable<AlertChangeRecord> changes)
    {
        var alerts = new Dictionary<string, AlertHistory>(StringComparer.Ordinal);
        foreach (var change in changes.OrderBy(c => c.Time))
        {
            if (!alerts.TryGetValue(change.Alert, out var alert))
            {
                alert = new AlertHistory(change.Alert, change.Type);
                alerts.Add(change.Alert, alert);
            }

            alert.Apply(change);
        }

        return [.. alerts.Values.OrderBy(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>A resolution says false alarm or duplicate when its reason starts with "false" or "duplicate", in any case.</summary>
    public static bool SaysFalseAlarm(string reason)
    {
        var text = reason.TrimStart();
        return text.StartsWith("false", StringComparison.OrdinalIgnoreCase) || text.StartsWith("duplicate", StringComparison.OrdinalIgnoreCase);
    }

    private void Apply(AlertChangeRecord change)
    {
        if (change.Event == AlertChangeKind.Raised && !HasRaised)
        {
            HasRaised = true;
            RaisedAt = change.Time;
        }
        else if (!HasRaised && change.Time < RaisedAt)
        {
            RaisedAt = change.Time;
        }

        if (change.Event == AlertChangeKind.Acknowledged && FirstAcknowledgedAt is null)
        {
            FirstAcknowledgedAt = change.Time;
        }

        if (change.Event == AlertChangeKind.Resolved)
        {
            IsFalseAlarm = SaysFalseAlarm(change.Reason);
        }

        // Each line carries the alert as it stands: the latest known value of each field is the alert's.
        Track = change.Track ?? Track;
        Zone = change.Zone ?? Zone;
        Position = change.Position ?? Position;
        People = change.People ?? People;
        Incident = change.Incident ?? Incident;
        LaunchedAt ??= change.LaunchedAt;
        DetectedAt ??= change.DetectedAt;
    }
}
