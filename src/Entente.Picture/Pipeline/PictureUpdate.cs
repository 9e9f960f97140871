using Entente.Incidents.Events;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;

namespace Entente.Picture.Pipeline;

/// <summary>What one frame of the pipeline produced: the frame (tracks and non-radar detections), the alert changes,
/// and the incident events, in the order they happened.</summary>
/// <param name="Frame">The frame.</param>
/// <param name="Alerts">Alerts raised, linked and escalated in this frame.</param>
/// <param name="Events">Incident events recorded in this frame.</param>
public sealed record PictureUpdate(SituationFrame Frame, IReadOnlyList<AlertChange> Alerts, IReadOnlyList<IncidentEvent> Events);
