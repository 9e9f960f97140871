using Entente.Core.Positions;

namespace Entente.Rules.Alerts;

/// <summary>
/// What a rule found, before the <see cref="AlertBook"/> decides whether it is a new alert or a repeat of one already
/// raised. Two candidates with the same <see cref="Key"/> are the same situation.
/// </summary>
/// <param name="Type">What the alert is about.</param>
/// <param name="Severity">How urgent it is.</param>
/// <param name="Time">When the situation was seen.</param>
/// <param name="Key">The deduplication key, e.g. "launch/track-17": the same key raises one alert.</param>
/// <param name="Position">Where, when known.</param>
/// <param name="TrackId">The track it is about, when there is one.</param>
/// <param name="Zone">The geographic feature it names (a beach, a lane, a region), by id, when there is one.</param>
/// <param name="Message">One sentence a watch officer reads.</param>
public sealed record AlertCandidate(AlertType Type, AlertSeverity Severity, DateTimeOffset Time, string Key, GeoPosition? Position,
    long? TrackId, string? Zone, string Message)
{
    /// <summary>People believed involved, when known.</summary>
    public int? People { get; init; }

    /// <summary>When the alert's track was first detected, when the rule knows.</summary>
    public DateTimeOffset? DetectedAt { get; init; }

    /// <summary>For a launch: when the boat is estimated to have left the beach (never after <see cref="DetectedAt"/>).</summary>
    public DateTimeOffset? LaunchedAt { get; init; }
}
