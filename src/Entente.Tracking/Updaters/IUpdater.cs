using Entente.Tracking.Detections;
using Entente.Tracking.Types;

namespace Entente.Tracking.Updaters;

/// <summary>Corrects a prediction with a detection, using the detection's own measurement model.</summary>
public interface IUpdater
{
    /// <summary>Updates a prediction made to the detection's time.</summary>
    /// <param name="prediction">The prediction, in its predictor's form.</param>
    /// <param name="detection">The detection.</param>
    /// <returns>The posterior with the statistics gating and association need.</returns>
    StateUpdate Update(IStateEstimate prediction, TrackerDetection detection);
}
