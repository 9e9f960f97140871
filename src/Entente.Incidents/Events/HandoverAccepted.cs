using Entente.Core.Identifiers;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>The offered centre accepts: from this event it coordinates the incident.</summary>
public sealed record HandoverAccepted : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="from">The centre that coordinated until now.</param>
    /// <param name="to">The centre that coordinates from now.</param>
    public HandoverAccepted(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, CoordinationCentre from, CoordinationCentre to)
        : base(incident, time, actor, reason, coordinator)
    {
        From = from;
        To = to;
    }

    /// <inheritdoc />
    public override string Type => "handover-accepted";

    /// <summary>The centre that coordinated until now.</summary>
    public CoordinationCentre From { get; }

    /// <summary>The centre that coordinates from now.</summary>
    public CoordinationCentre To { get; }
}
