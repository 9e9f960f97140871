using Entente.Core.Positions;
using Entente.Rules.Alerts;

namespace Entente.Rules.Output;

/// <summary>
/// One line of alerts.jsonl (docs/formats/alerts.md): a change of an alert with the alert as it stands after it, as far
/// as the file records it. <see cref="AlertChangeJson"/> reads and writes it.
/// </summary>
/// <param name="Time">When the change happened.</param>
/// <param name="Event">What happened.</param>
/// <param name="Alert">The alert's id, e.g. "ALR-00042".</param>
/// <param name="Type">What the alert is about.</param>
/// <param name="Severity">Its severity after the change.</param>
/// <param name="Status">Its status after the change.</param>
/// <param name="Actor">Who made the change: a user, or "entente".</param>
/// <param name="Reason">Why, in one sentence.</param>
/// <param name="Message">The alert's message.</param>
public sealed record AlertChangeRecord(DateTimeOffset Time, AlertChangeKind Event, string Alert, AlertType Type, AlertSeverity Severity,
    AlertStatus Status, string Actor, string Reason, string Message)
{
    /// <summary>The track the alert is about, when there is one.</summary>
    public long? Track { get; init; }

    /// <summary>The geographic feature it names, by id, when there is one.</summary>
    public string? Zone { get; init; }

    /// <summary>Where, when known.</summary>
    public GeoPosition? Position { get; init; }

    /// <summary>People believed involved, when known.</summary>
    public int? People { get; init; }

    /// <summary>The incident it belongs to, once linked.</summary>
    public string? Incident { get; init; }

    /// <summary>When the alert's track was first detected, when known.</summary>
    public DateTimeOffset? DetectedAt { get; init; }

    /// <summary>For a launch: when the boat is estimated to have left the beach, when known.</summary>
    public DateTimeOffset? LaunchedAt { get; init; }

    /// <summary>The line for a change.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The record.</returns>
    public static AlertChangeRecord From(AlertChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var alert = change.Alert;
        return new AlertChangeRecord(change.Time, change.Kind, alert.Id, alert.Type, alert.Severity, alert.Status, change.Actor, change.Reason,
            alert.Message)
        {
            Track = alert.TrackId,
            Zone = alert.Zone,
            Position = alert.Position,
            People = alert.People,
            Incident = alert.IncidentId,
            DetectedAt = alert.DetectedAt,
            LaunchedAt = alert.LaunchedAt,
        };
    }
}
