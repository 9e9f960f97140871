using Entente.Tracking.Detections;
using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Tracking.Updaters;

/// <summary>
/// The (extended) Kalman update: innovation ν = z ⊖ h(x⁻), S = H·P⁻·Hᵀ + R, K = P⁻·Hᵀ·S⁻¹, x = x⁻ + K·ν, and the
/// Joseph form P = (I − KH)·P⁻·(I − KH)ᵀ + K·R·Kᵀ, which keeps P positive definite under rounding. H is the model's
/// Jacobian at the prediction, so linear and non-linear (radar) models take the same path.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class KalmanUpdater : IUpdater
{
    private static readonly double LogTwoPi = Math.Log(2 * Math.PI);

    /// <inheritdoc />
    public StateUpdate Update(IStateEstimate prediction, TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(detection);
        var update = Update(prediction.Gaussian, detection.Measurement, detection.Model);
        return new StateUpdate(update.Posterior, update.NormalisedInnovationSquared, Deviance(update, detection.Model.Dimensions));
    }

    /// <summary>−2 ln of a Gaussian update's measurement likelihood.</summary>
    /// <param name="update">The update.</param>
    /// <param name="dimensions">The measurement's dimension.</param>
    /// <returns>NIS + ln det S + m ln 2π.</returns>
    public static double Deviance(KalmanUpdate update, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.NormalisedInnovationSquared + Math.Log(update.InnovationDeterminant) + (dimensions * LogTwoPi);
    }

    /// <summary>Updates a Gaussian prediction with a measurement.</summary>
    /// <param name="prediction">The predicted state at the measurement's time.</param>
    /// <param name="measurement">The measurement, m×1.</param>
    /// <param name="model">How the sensor sees the state.</param>
    /// <returns>The posterior and the normalised innovation squared.</returns>
    public static KalmanUpdate Update(GaussianState prediction, Matrix measurement, IMeasurementModel model)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(model);
        return prediction.Mean.Rows == 4 && model.Dimensions <= 4
            ? SmallKalmanUpdate.Update(prediction, measurement, model)
            : UpdateAnySize(prediction, measurement, model);
    }

    /// <summary>Only the normalised innovation squared of an update, νᵀ·S⁻¹·ν, without the posterior: for gates.</summary>
    /// <param name="prediction">The predicted state at the measurement's time.</param>
    /// <param name="measurement">The measurement, m×1.</param>
    /// <param name="model">How the sensor sees the state.</param>
    /// <returns>The statistic.</returns>
    public static double NormalisedInnovationSquared(GaussianState prediction, Matrix measurement, IMeasurementModel model)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(model);
        return prediction.Mean.Rows == 4 && model.Dimensions <= 4
            ? SmallKalmanUpdate.NormalisedInnovationSquared(prediction, measurement, model)
            : UpdateAnySize(prediction, measurement, model).NormalisedInnovationSquared;
    }

    /// <summary>The update in matrix form, for any sizes; the reference the unrolled form is checked against.</summary>
    internal static KalmanUpdate UpdateAnySize(GaussianState prediction, Matrix measurement, IMeasurementModel model)
    {
        var x = prediction.Mean;
        var p = prediction.Covariance;
        var h = model.Jacobian(x);
        var innovation = model.Residual(measurement, model.Predict(x));
        var s = ((h * p * h.Transpose()) + model.Noise).Symmetrised();
        var sInverse = s.Inverse();
        var gain = p * h.Transpose() * sInverse;
        var mean = x + (gain * innovation);
        var identityMinusKh = Matrix.Identity(x.Rows) - (gain * h);
        var covariance = ((identityMinusKh * p * identityMinusKh.Transpose()) + (gain * model.Noise * gain.Transpose())).Symmetrised();
        var nis = (innovation.Transpose() * sInverse * innovation)[0, 0];
        return new KalmanUpdate(new GaussianState(mean, covariance, prediction.Time), nis, s.Determinant());
    }
}
