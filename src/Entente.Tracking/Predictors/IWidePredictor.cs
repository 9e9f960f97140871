using Entente.Tracking.Types;

namespace Entente.Tracking.Predictors;

/// <summary>
/// A predictor that can also give a cheap, wide single-Gaussian prediction: at least as uncertain as its real one, with
/// the same mean, so that a pair outside the χ² gate under it is outside under the real one too. The hypothesiser uses
/// it to turn away far pairs before paying for a multiple-model prediction.
/// </summary>
public interface IWidePredictor : IPredictor
{
    /// <summary>The wide prediction.</summary>
    /// <param name="prior">The estimate.</param>
    /// <param name="time">The time to predict to.</param>
    /// <returns>A Gaussian with the real prediction's mean and no smaller covariance.</returns>
    GaussianState PredictWide(IStateEstimate prior, DateTimeOffset time);
}
