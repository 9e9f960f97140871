using System.Globalization;
using Entente.Core.Positions;

namespace Entente.Rules.Alerts;

/// <summary>
/// One alert as it stands: what was found, where and when, and who has done what with it. Immutable: the
/// <see cref="AlertBook"/> replaces an alert with a new version at every change.
/// </summary>
public sealed record Alert
{
    internal Alert(long number, AlertCandidate raisedBy)
    {
        Number = number;
        Type = raisedBy.Type;
        Severity = raisedBy.Severity;
        RaisedAt = raisedBy.Time;
        LastSeen = raisedBy.Time;
        Key = raisedBy.Key;
        Position = raisedBy.Position;
        TrackId = raisedBy.TrackId;
        Zone = raisedBy.Zone;
        Message = raisedBy.Message;
        People = raisedBy.People;
        DetectedAt = raisedBy.DetectedAt;
        LaunchedAt = raisedBy.LaunchedAt;
    }

    /// <summary>The alert number, from 1, unique within its book.</summary>
    public long Number { get; }

    /// <summary>The id people read, e.g. "ALR-00042".</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"ALR-{Number:D5}");

    /// <summary>What it is about.</summary>
    public AlertType Type { get; }

    /// <summary>How urgent it is now (escalation raises it).</summary>
    public AlertSeverity Severity { get; internal init; }

    /// <summary>When it was raised.</summary>
    public DateTimeOffset RaisedAt { get; }

    /// <summary>When the situation was last seen again (repeats are folded into one alert).</summary>
    public DateTimeOffset LastSeen { get; internal init; }

    /// <summary>How many times the rules found the situation.</summary>
    public int Occurrences { get; internal init; } = 1;

    /// <summary>The deduplication key.</summary>
    public string Key { get; }

    /// <summary>Where, when known (the latest position seen).</summary>
    public GeoPosition? Position { get; internal init; }

    /// <summary>The track it is about, when there is one.</summary>
    public long? TrackId { get; }

    /// <summary>The geographic feature it names, by id, when there is one.</summary>
    public string? Zone { get; }

    /// <summary>One sentence a watch officer reads.</summary>
    public string Message { get; }

    /// <summary>People believed involved, when known.</summary>
    public int? People { get; internal init; }

    /// <summary>When the alert's track was first detected, when known.</summary>
    public DateTimeOffset? DetectedAt { get; }

    /// <summary>For a launch: when the boat is estimated to have left the beach, when known.</summary>
    public DateTimeOffset? LaunchedAt { get; }

    /// <summary>Raised, acknowledged or resolved.</summary>
    public AlertStatus Status { get; internal init; } = AlertStatus.Raised;

    /// <summary>Who acknowledged it, once acknowledged.</summary>
    public string? AcknowledgedBy { get; internal init; }

    /// <summary>When it was acknowledged.</summary>
    public DateTimeOffset? AcknowledgedAt { get; internal init; }

    /// <summary>Who resolved it, once resolved.</summary>
    public string? ResolvedBy { get; internal init; }

    /// <summary>When it was resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; internal init; }

    /// <summary>Why it was resolved.</summary>
    public string? Resolution { get; internal init; }

    /// <summary>How many times it escalated for want of an acknowledgement.</summary>
    public int Escalations { get; internal init; }

    /// <summary>When it last escalated, or null.</summary>
    public DateTimeOffset? EscalatedAt { get; internal init; }

    /// <summary>The incident it belongs to, once one is opened from it or it is attached to one.</summary>
    public string? IncidentId { get; internal init; }
}
