using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Hypothesisers;

/// <summary>Judges whether a detection may have come from a track, and at what cost.</summary>
public interface IHypothesiser
{
    /// <summary>Predicts the track to the detection's time, updates it, and keeps the pair if it passes the gate.</summary>
    /// <param name="track">The track.</param>
    /// <param name="trackIndex">Its index in the tracker's list.</param>
    /// <param name="detection">The detection.</param>
    /// <param name="detectionIndex">Its index in the batch.</param>
    /// <returns>The hypothesis, or null when the pair is outside the gate or not allowed.</returns>
    Hypothesis? Hypothesise(Track track, int trackIndex, TrackerDetection detection, int detectionIndex);
}
