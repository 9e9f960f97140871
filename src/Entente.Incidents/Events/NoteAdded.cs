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

    /// <summary>Who may read the note besides its author's agency, when the author restricted it (e.g. "UK"); null
    /// when it is for both states, as every other entry of the log.</summary>
    public Core.Sharing.Releasability? Releasability { get; init; }
}
