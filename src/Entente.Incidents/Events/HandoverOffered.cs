using Entente.Core.Identifiers;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>The coordinating centre offers the incident to the other centre (the datum is in the other's SAR region); it stays in charge until the other accepts.</summary>
public sealed record HandoverOffered : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="from">The centre offering (still coordinating).</param>
    /// <param name="to">The centre offered the incident.</param>
    /// <param name="deadline">When the offer escalates if not accepted.</param>
    public HandoverOffered(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, CoordinationCentre from, CoordinationCentre to, DateTimeOffset deadline)
        : base(incident, time, actor, reason, coordinator)
    {
        From = from;
        To = to;
        Deadline = deadline;
    }

    /// <inheritdoc />
    public override string Type => "handover-offered";

    /// <summary>The centre offering (still coordinating).</summary>
    public CoordinationCentre From { get; }

    /// <summary>The centre offered the incident.</summary>
    public CoordinationCentre To { get; }

    /// <summary>When the offer escalates if not accepted.</summary>
    public DateTimeOffset Deadline { get; }
}
