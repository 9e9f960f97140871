using Entente.Tracking.Detections;
using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Tracking.Updaters;

/// <summary>
/// The interacting multiple model update: each mode's prediction gets its own (extended) Kalman update, and each mode's
/// probability is reweighted by how well it predicted the detection, μⱼ ∝ μⱼ⁻·Lⱼ with Lⱼ = exp(−½·devianceⱼ). The
/// gate statistic is the normalised innovation squared of the combined prediction, so that a gate means the same as
/// for a single Kalman filter; the deviance is that of the whole mixture, −2 ln Σ μⱼ⁻·Lⱼ. A single Gaussian is updated
/// as <see cref="KalmanUpdater"/> does.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class ImmUpdater : IUpdater
{
    /// <inheritdoc />
    public StateUpdate Update(IStateEstimate prediction, TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(detection);
        if (prediction is ImmState imm)
        {
            return Update(imm, detection.Measurement, detection.Model);
        }

        var update = KalmanUpdater.Update(prediction.Gaussian, detection.Measurement, detection.Model);
        var deviance = KalmanUpdater.Deviance(update, detection.Model.Dimensions);
        return new StateUpdate(update.Posterior, update.NormalisedInnovationSquared, deviance);
    }

    /// <summary>Updates an IMM prediction with a measurement.</summary>
    /// <param name="prediction">The prediction at the measurement's time.</param>
    /// <param name="measurement">The measurement, m×1.</param>
    /// <param name="model">How the sensor sees the state.</param>
    /// <returns>The posterior <see cref="ImmState"/>, the combined prediction's normalised innovation squared, and the
    /// mixture's deviance.</returns>
    public static StateUpdate Update(ImmState prediction, Matrix measurement, IMeasurementModel model)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(model);
        var n = prediction.ModeCount;
        var modes = prediction.ModeSpan;
        var priorProbabilities = prediction.ProbabilitySpan;
        var posteriors = new GaussianState[n];
        var probabilities = new double[n];

        // Log weights ln μⱼ⁻ − ½·devianceⱼ: likelihoods of far-off detections underflow exp long before their logs do.
        var largest = double.NegativeInfinity;
        for (var j = 0; j < n; j++)
        {
            var update = KalmanUpdater.Update(modes[j], measurement, model);
            posteriors[j] = update.Posterior;
            probabilities[j] = Math.Log(priorProbabilities[j]) - (KalmanUpdater.Deviance(update, model.Dimensions) / 2);
            largest = Math.Max(largest, probabilities[j]);
        }

        double deviance;
        if (double.IsFinite(largest))
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                probabilities[j] = Math.Exp(probabilities[j] - largest);
                sum += probabilities[j];
            }

            for (var j = 0; j < n; j++)
            {
                probabilities[j] /= sum;
            }

            deviance = -2 * (largest + Math.Log(sum));
        }
        else
        {
            // No mode gives the detection any likelihood: it cannot tell the modes apart, so they keep their weights.
            priorProbabilities.CopyTo(probabilities);
            deviance = double.PositiveInfinity;
        }

        var nis = KalmanUpdater.NormalisedInnovationSquared(prediction.Gaussian, measurement, model);
        return new StateUpdate(ImmState.Own(posteriors, probabilities), nis, deviance);
    }
}
