using Entente.Core.Identifiers;
using Entente.Incidents.Centres;
using Entente.Incidents.Incidents;

namespace Entente.Incidents.Events;

/// <summary>The datum moved: with the boat's track, by drift, or by a new report.</summary>
public sealed record DatumMoved : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="datum">The new datum.</param>
    public DatumMoved(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, Datum datum)
        : base(incident, time, actor, reason, coordinator)
    {
        ArgumentNullException.ThrowIfNull(datum);
        Datum = datum;
    }

    /// <inheritdoc />
    public override string Type => "datum-moved";

    /// <summary>The new datum.</summary>
    public Datum Datum { get; }
}
