using Entente.Core.Identifiers;
using Entente.Incidents.Centres;
using Entente.Incidents.Evidence;

namespace Entente.Incidents.Events;

/// <summary>The incident is closed on evidence that matches it.</summary>
public sealed record IncidentClosed : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="evidence">The evidence.</param>
    public IncidentClosed(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, RescueEvidence evidence)
        : base(incident, time, actor, reason, coordinator)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Evidence = evidence;
    }

    /// <inheritdoc />
    public override string Type => "incident-closed";

    /// <summary>The evidence.</summary>
    public RescueEvidence Evidence { get; }
}
