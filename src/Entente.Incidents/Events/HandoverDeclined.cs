using Entente.Core.Identifiers;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>The offered centre declines, with its reason; the offering centre stays in charge.</summary>
public sealed record HandoverDeclined : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="to">The centre that declined.</param>
    public HandoverDeclined(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, CoordinationCentre to)
        : base(incident, time, actor, reason, coordinator)
    {
        To = to;
    }

    /// <inheritdoc />
    public override string Type => "handover-declined";

    /// <summary>The centre that declined.</summary>
    public CoordinationCentre To { get; }
}
