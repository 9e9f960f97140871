using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>A distress call about this incident, recorded as received.</summary>
public sealed record CallRecorded : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="reference">The call's reference, e.g. the report's sensor and time.</param>
    /// <param name="caller">The caller's id, when known.</param>
    /// <param name="source">How it came in (phone, relay, vhf, ngo), when known.</param>
    /// <param name="position">The position given, when one was.</param>
    /// <param name="people">People the caller reported, when given.</param>
    public CallRecorded(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, string reference, string? caller, string? source, GeoPosition? position, int? people)
        : base(incident, time, actor, reason, coordinator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        Reference = reference;
        Caller = caller;
        Source = source;
        Position = position;
        People = people;
    }

    /// <inheritdoc />
    public override string Type => "call-recorded";

    /// <summary>The call's reference, e.g. the report's sensor and time.</summary>
    public string Reference { get; }

    /// <summary>The caller's id, when known.</summary>
    public string? Caller { get; }

    /// <summary>How it came in (phone, relay, vhf, ngo), when known.</summary>
    public string? Source { get; }

    /// <summary>The position given, when one was.</summary>
    public GeoPosition? Position { get; }

    /// <summary>People the caller reported, when given.</summary>
    public int? People { get; }
}
