using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Tracking.Predictors;

/// <summary>The Kalman prediction: x⁻ = F·x, P⁻ = F·P·Fᵀ + Q, over the interval to the new time.</summary>
/// <param name="model">The transition model.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class KalmanPredictor(ITransitionModel model) : IPredictor
{
    /// <summary>The transition model.</summary>
    public ITransitionModel Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    /// <inheritdoc />
    public IStateEstimate Begin(GaussianState initial) => initial;

    /// <inheritdoc />
    public IStateEstimate Predict(IStateEstimate prior, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(prior);
        return Predict(prior.Gaussian, time);
    }

    /// <summary>Predicts a Gaussian to a time (earlier times retrodict).</summary>
    /// <param name="prior">The state.</param>
    /// <param name="time">The time to predict to.</param>
    /// <returns>The prediction.</returns>
    public GaussianState Predict(GaussianState prior, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(prior);
        var interval = time - prior.Time;
        if (Model is ConstantVelocityModel cv)
        {
            return ConstantVelocityPrediction.Predict(prior, cv.NoiseDensity, time);
        }

        var f = Model.Transition(interval);
        var covariance = ((f * prior.Covariance * f.Transpose()) + Model.Noise(interval)).Symmetrised();
        return new GaussianState(f * prior.Mean, covariance, time);
    }
}
