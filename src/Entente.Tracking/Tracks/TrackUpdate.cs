using Entente.Tracking.Detections;
using Entente.Tracking.Types;

namespace Entente.Tracking.Tracks;

/// <summary>One step in a track's recent history: the detection that updated it and the estimate that followed, kept
/// so that a late detection can be slotted in and the later ones applied again.</summary>
/// <param name="Detection">The detection.</param>
/// <param name="Posterior">The estimate after it.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TrackUpdate(TrackerDetection Detection, IStateEstimate Posterior);
