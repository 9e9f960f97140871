using Entente.Core.Identifiers;
using Entente.Incidents.Centres;
using Entente.Incidents.Incidents;

namespace Entente.Incidents.Events;

/// <summary>A MAYDAY RELAY was broadcast; the vessels near the datum are listed with their ETAs.</summary>
public sealed record MaydayRelayBroadcast : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="candidates">The vessels within the radius, nearest first.</param>
    public MaydayRelayBroadcast(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, IReadOnlyList<RelayCandidate> candidates)
        : base(incident, time, actor, reason, coordinator)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        Candidates = candidates;
    }

    /// <inheritdoc />
    public override string Type => "mayday-relay-broadcast";

    /// <summary>The vessels within the radius, nearest first.</summary>
    public IReadOnlyList<RelayCandidate> Candidates { get; }
}
