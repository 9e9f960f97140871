using Entente.Tracking.Detections;
using Entente.Tracking.Predictors;
using Entente.Tracking.Tracks;
using Entente.Tracking.Updaters;

namespace Entente.Tracking.Hypothesisers;

/// <summary>
/// Predicts a track to a detection's time from the latest estimate not after it (so a late detection is judged where
/// the track was then), updates, gates on the normalised innovation squared, and costs the pair by its deviance
/// (−2 ln likelihood), plus how unlike the track's echoes the plot's RCS is. An AIS report may only join a track with no
/// MMSI or with its own.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class LikelihoodHypothesiser : IHypothesiser
{
    private readonly IPredictor _predictor;
    private readonly IUpdater _updater;

    /// <summary>Creates the hypothesiser.</summary>
    /// <param name="predictor">The predictor.</param>
    /// <param name="updater">The updater.</param>
    /// <param name="options">Its settings; defaults when null.</param>
    public LikelihoodHypothesiser(IPredictor predictor, IUpdater updater, LikelihoodHypothesiserOptions? options = null)
    {
        _predictor = predictor ?? throw new ArgumentNullException(nameof(predictor));
        _updater = updater ?? throw new ArgumentNullException(nameof(updater));
        Options = options ?? new LikelihoodHypothesiserOptions();
        Options.Validate();
    }

    /// <summary>The settings.</summary>
    public LikelihoodHypothesiserOptions Options { get; }

    /// <inheritdoc />
    public Hypothesis? Hypothesise(Track track, int trackIndex, TrackerDetection detection, int detectionIndex)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(detection);
        if (detection.Mmsi is { } mmsi && track.Mmsi is { } held && held != mmsi)
        {
            return null;
        }

        var prior = track.BaseFor(detection.Time, out var historyIndex);
        if (prior is null)
        {
            return null;
        }

        var gate = ChiSquareGate.Threshold(Options.GateProbability, detection.Model.Dimensions);
        if (_predictor is IWidePredictor wide &&
            !(KalmanUpdater.NormalisedInnovationSquared(wide.PredictWide(prior, detection.Time), detection.Measurement, detection.Model) <= gate))
        {
            return null;
        }

        var update = _updater.Update(_predictor.Predict(prior, detection.Time), detection);
        if (!(update.NormalisedInnovationSquared <= gate))
        {
            return null;
        }

        var echo = EchoSpreads(track, detection);
        if (echo > Options.RcsGateSpreads)
        {
            return null;
        }

        var cost = update.Deviance - (detection.Mmsi is not null && track.Mmsi == detection.Mmsi ? Options.SameIdentityBonus : 0) + (echo * echo);
        return new Hypothesis(trackIndex, detectionIndex, update, cost, historyIndex);
    }

    // Feature-aided association: how unlike the track's echoes this plot's is, in spreads of log RCS (positive: stronger).
    private double EchoSpreads(Track track, TrackerDetection detection)
    {
        if (Options.RcsSpreadLog10 <= 0 || detection.RcsSquareMetres is not { } rcs || rcs <= 0 || track.Evidence.RcsWeight < Options.RcsMinimumPlots)
        {
            return 0;
        }

        return (Math.Log10(rcs) - track.Evidence.MeanLogRcs) / Options.RcsSpreadLog10;
    }
}
