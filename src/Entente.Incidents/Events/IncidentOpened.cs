using Entente.Core.Identifiers;
using Entente.Incidents.Centres;
using Entente.Incidents.Incidents;

namespace Entente.Incidents.Events;

/// <summary>An incident is opened, from a distress report or an alert, with its first datum and coordinating centre.</summary>
public sealed record IncidentOpened : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="origin">What it was opened from, e.g. "ALR-00012" or "distress case 3".</param>
    /// <param name="datum">The first datum.</param>
    /// <param name="people">The people believed involved.</param>
    public IncidentOpened(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, string origin, Datum datum, PeopleCount people)
        : base(incident, time, actor, reason, coordinator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        Origin = origin;
        ArgumentNullException.ThrowIfNull(datum);
        Datum = datum;
        ArgumentNullException.ThrowIfNull(people);
        People = people;
    }

    /// <inheritdoc />
    public override string Type => "incident-opened";

    /// <summary>What it was opened from, e.g. "ALR-00012" or "distress case 3".</summary>
    public string Origin { get; }

    /// <summary>The first datum.</summary>
    public Datum Datum { get; }

    /// <summary>The people believed involved.</summary>
    public PeopleCount People { get; }
}
