using Entente.Incidents.Events;
using Entente.Incidents.Outcomes;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;

namespace Entente.Picture.Pipeline;

/// <summary>What one frame of the pipeline produced: the frame (tracks and non-radar detections), the alert changes,
/// the incident events, in the order they happened, and the outcome reports recorded.</summary>
/// <param name="Frame">The frame.</param>
/// <param name="Alerts">Alerts raised, linked, escalated and acknowledged in this frame.</param>
/// <param name="Events">Incident events recorded in this frame.</param>
public sealed record PictureUpdate(SituationFrame Frame, IReadOnlyList<AlertChange> Alerts, IReadOnlyList<IncidentEvent> Events)
{
    /// <summary>Outcome reports recorded in this frame (boats prevented, intercepted, rescued, landed); often none.</summary>
    public IReadOnlyList<OutcomeReport> Outcomes { get; init; } = [];
}
