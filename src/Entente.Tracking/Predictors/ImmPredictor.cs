using System.Collections.Immutable;
using Entente.Tracking.Models;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Types;

namespace Entente.Tracking.Predictors;

/// <summary>
/// The interacting multiple model prediction (Blom and Bar-Shalom, "The interacting multiple model algorithm for
/// systems with Markovian switching coefficients", IEEE TAC 33(8), 1988): each mode's estimate is first mixed from all
/// modes' estimates, weighted by how likely the target was in each and switched to this one over the interval, and then
/// predicted with the mode's own transition model. A boat that stops, drifts and restarts is followed by a quiet mode
/// while it holds its motion and a manoeuvring one while it changes it.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ImmPredictor : IWidePredictor
{
    /// <summary>The index of the quiet mode in a predictor built by <see cref="FromOptions"/>.</summary>
    public const int QuietModeIndex = 0;

    /// <summary>The index of the manoeuvring mode in a predictor built by <see cref="FromOptions"/>.</summary>
    public const int ManoeuvreModeIndex = 1;

    private readonly KalmanPredictor[] _predictors;
    private readonly KalmanPredictor? _widest;

    /// <summary>Creates the predictor.</summary>
    /// <param name="modes">One transition model per mode, all of one dimension.</param>
    /// <param name="switching">How the target switches between the modes, in the same order.</param>
    /// <exception cref="ArgumentException">The models and the switching differ in number of modes, or the models in
    /// dimension.</exception>
    public ImmPredictor(IReadOnlyList<ITransitionModel> modes, ModeSwitching switching)
    {
        ArgumentNullException.ThrowIfNull(modes);
        ArgumentNullException.ThrowIfNull(switching);
        if (modes.Count != switching.ModeCount)
        {
            throw new ArgumentException($"{modes.Count} transition models for {switching.ModeCount} switching modes.", nameof(modes));
        }

        _predictors = [.. modes.Select(model => new KalmanPredictor(model))];
        if (_predictors.Any(predictor => predictor.Model.Dimensions != _predictors[0].Model.Dimensions))
        {
            throw new ArgumentException("All modes must have the same state dimension.", nameof(modes));
        }

        Modes = [.. modes];
        Switching = switching;

        // The wide prediction's argument holds when every mode shares one transition: constant-velocity modes that differ
        // only in noise. Otherwise the real prediction stands in for it.
        _widest = modes.All(m => m is ConstantVelocityModel)
            ? _predictors.MaxBy(p => ((ConstantVelocityModel)p.Model).NoiseDensity)
            : null;
    }

    /// <summary>The transition model of each mode.</summary>
    public ImmutableArray<ITransitionModel> Modes { get; }

    /// <summary>How the target switches between modes.</summary>
    public ModeSwitching Switching { get; }

    /// <summary>The standard pair for small boats: a quiet nearly-constant-velocity mode (index
    /// <see cref="QuietModeIndex"/>) and a manoeuvring one (<see cref="ManoeuvreModeIndex"/>), with their sojourns.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The predictor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static ImmPredictor FromOptions(ImmMotionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ImmPredictor(
            [new ConstantVelocityModel(options.QuietNoiseDensity), new ConstantVelocityModel(options.ManoeuvreNoiseDensity)],
            new ModeSwitching([options.QuietSojourn, options.ManoeuvreSojourn]));
    }

    /// <summary>The combined estimate predicted with the noisiest mode's model. Mixing keeps the first two moments and
    /// constant-velocity modes share one transition, so the real combined prediction is F·P·Fᵀ + Σμⱼ·Qⱼ about the same
    /// mean: never wider than this. (With other modes, the real prediction.)</summary>
    /// <param name="prior">The estimate.</param>
    /// <param name="time">The time to predict to.</param>
    /// <returns>The wide prediction.</returns>
    public GaussianState PredictWide(IStateEstimate prior, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(prior);
        return _widest is null ? Predict(prior, time).Gaussian : _widest.Predict(prior.Gaussian, time);
    }

    /// <summary>Starts an estimate: every mode holds the same Gaussian, with the long-run mode probabilities.</summary>
    /// <param name="initial">The first estimate.</param>
    /// <returns>The IMM estimate.</returns>
    public ImmState Begin(GaussianState initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        var modes = new GaussianState[_predictors.Length];
        Array.Fill(modes, initial);
        return ImmState.Own(modes, [.. Switching.StationaryProbabilities]);
    }

    /// <summary>Mixes and predicts an estimate to a time; a single Gaussian is begun first. Earlier times retrodict,
    /// mixing over the magnitude of the interval.</summary>
    /// <param name="prior">The estimate: an <see cref="ImmState"/> with this predictor's modes, or any other estimate,
    /// taken as its Gaussian.</param>
    /// <param name="time">The time to predict to.</param>
    /// <returns>The prediction.</returns>
    /// <exception cref="ArgumentException">The prior has a different number of modes.</exception>
    public ImmState Predict(IStateEstimate prior, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(prior);
        var state = prior as ImmState ?? Begin(prior.Gaussian);
        var n = _predictors.Length;
        if (state.ModeCount != n)
        {
            throw new ArgumentException($"The prior has {state.ModeCount} modes; this predictor has {n}.", nameof(prior));
        }

        var switching = Switching.Transition(time - state.Time);
        var modes = state.ModeSpan;
        var probabilities = state.ProbabilitySpan;
        var predictedModes = new GaussianState[n];
        var predictedProbabilities = new double[n];
        Span<double> mixingWeights = n <= 16 ? stackalloc double[n] : new double[n];
        var total = 0.0;
        for (var j = 0; j < n; j++)
        {
            var toMode = 0.0;
            for (var i = 0; i < n; i++)
            {
                mixingWeights[i] = switching[i, j] * probabilities[i];
                toMode += mixingWeights[i];
            }

            GaussianState mixed;
            if (toMode > 0)
            {
                for (var i = 0; i < n; i++)
                {
                    mixingWeights[i] /= toMode;
                }

                mixed = MixtureMoments.Combine(modes, mixingWeights, state.Time);
            }
            else
            {
                // Nothing can reach this mode over the interval (no time passes and it had no probability): its
                // estimate carries no weight, so keep it as it was.
                mixed = modes[j];
            }

            predictedModes[j] = _predictors[j].Predict(mixed, time);
            predictedProbabilities[j] = toMode;
            total += toMode;
        }

        // The probabilities already sum to one up to rounding; dividing keeps a long run of predictions from drifting.
        for (var j = 0; j < n; j++)
        {
            predictedProbabilities[j] /= total;
        }

        return ImmState.Own(predictedModes, predictedProbabilities);
    }

    /// <inheritdoc />
    IStateEstimate IPredictor.Begin(GaussianState initial) => Begin(initial);

    /// <inheritdoc />
    IStateEstimate IPredictor.Predict(IStateEstimate prior, DateTimeOffset time) => Predict(prior, time);
}
