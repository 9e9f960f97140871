using Entente.Tracking.Types;

namespace Entente.Tracking.Predictors;

/// <summary>Carries a track's estimate forward (or back, for a late detection) in time.</summary>
public interface IPredictor
{
    /// <summary>Wraps a first estimate in this predictor's form (one Gaussian, or one per mode).</summary>
    /// <param name="initial">The first estimate.</param>
    /// <returns>The estimate a track starts with.</returns>
    IStateEstimate Begin(GaussianState initial);

    /// <summary>Predicts an estimate to a time.</summary>
    /// <param name="prior">The estimate, in this predictor's form.</param>
    /// <param name="time">The time to predict to; earlier times retrodict.</param>
    /// <returns>The prediction.</returns>
    IStateEstimate Predict(IStateEstimate prior, DateTimeOffset time);
}
