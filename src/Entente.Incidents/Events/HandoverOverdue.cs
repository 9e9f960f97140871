using Entente.Core.Identifiers;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>An offer was not accepted in time: escalated to both centres' supervisors. The offering centre stays in charge.</summary>
public sealed record HandoverOverdue : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="to">The centre that has not answered.</param>
    public HandoverOverdue(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, CoordinationCentre to)
        : base(incident, time, actor, reason, coordinator)
    {
        To = to;
    }

    /// <inheritdoc />
    public override string Type => "handover-overdue";

    /// <summary>The centre that has not answered.</summary>
    public CoordinationCentre To { get; }
}
