using Entente.Core.Identifiers;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>
/// One entry of an incident's log: what happened, when, who did it, why, and which centre coordinates the incident
/// after it. Events are only ever appended; the incident's state is what its events say.
/// </summary>
public abstract record IncidentEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    protected IncidentEvent(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(reason);
        Incident = incident;
        Time = time;
        Actor = actor;
        Reason = reason;
        Coordinator = coordinator;
    }

    /// <summary>The incident.</summary>
    public IncidentId Incident { get; }

    /// <summary>When.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>Who.</summary>
    public Actor Actor { get; }

    /// <summary>Why, in one sentence.</summary>
    public string Reason { get; }

    /// <summary>The centre coordinating the incident after this event.</summary>
    public CoordinationCentre Coordinator { get; }

    /// <summary>The event's name in files and APIs, e.g. "handover-offered".</summary>
    public abstract string Type { get; }
}
