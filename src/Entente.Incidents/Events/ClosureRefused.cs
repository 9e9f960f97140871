using Entente.Core.Identifiers;
using Entente.Incidents.Centres;
using Entente.Incidents.Evidence;

namespace Entente.Incidents.Events;

/// <summary>Closure was asked for with evidence that does not match the incident; it stays open and an alert is raised.</summary>
public sealed record ClosureRefused : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="evidence">The evidence offered.</param>
    /// <param name="conflicts">How it conflicts, one sentence each.</param>
    public ClosureRefused(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, RescueEvidence evidence, IReadOnlyList<string> conflicts)
        : base(incident, time, actor, reason, coordinator)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Evidence = evidence;
        ArgumentNullException.ThrowIfNull(conflicts);
        Conflicts = conflicts;
    }

    /// <inheritdoc />
    public override string Type => "closure-refused";

    /// <summary>The evidence offered.</summary>
    public RescueEvidence Evidence { get; }

    /// <summary>How it conflicts, one sentence each.</summary>
    public IReadOnlyList<string> Conflicts { get; }
}
