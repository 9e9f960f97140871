using Entente.Core.Identifiers;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>A note for the record; the reason holds the text.</summary>
public sealed record NoteAdded : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    public NoteAdded(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator)
        : base(incident, time, actor, reason, coordinator)
    {
    }

    /// <inheritdoc />
    public override string Type => "note-added";
}
