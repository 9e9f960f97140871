using Entente.Core.Identifiers;
using Entente.Incidents.Centres;
using Entente.Incidents.Incidents;

namespace Entente.Incidents.Events;

/// <summary>The people count changed: aboard, rescued, landed, missing.</summary>
public sealed record PeopleCounted : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="people">The count after the change.</param>
    public PeopleCounted(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, PeopleCount people)
        : base(incident, time, actor, reason, coordinator)
    {
        ArgumentNullException.ThrowIfNull(people);
        People = people;
    }

    /// <inheritdoc />
    public override string Type => "people-counted";

    /// <summary>The count after the change.</summary>
    public PeopleCount People { get; }
}
