using Entente.Tracking.Predictors;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Deleters;

/// <summary>Ends tracks when their predicted position error grows past a limit, so that a well-known track (many
/// detections, low process noise) lives longer without detections than a loose one.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CovarianceDeleter : IDeleter
{
    private readonly IPredictor _predictor;

    /// <summary>Creates the deleter.</summary>
    /// <param name="predictor">The pipeline's predictor, to carry estimates to the step's time.</param>
    /// <param name="options">Its settings; defaults when null.</param>
    public CovarianceDeleter(IPredictor predictor, CovarianceDeleterOptions? options = null)
    {
        _predictor = predictor ?? throw new ArgumentNullException(nameof(predictor));
        Options = options ?? new CovarianceDeleterOptions();
        Options.Validate();
    }

    /// <summary>The settings.</summary>
    public CovarianceDeleterOptions Options { get; }

    /// <inheritdoc />
    public TrackStatus Review(Track track, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (track.Status == TrackStatus.Deleted)
        {
            return TrackStatus.Deleted;
        }

        if (_predictor.Predict(track.State, time).Gaussian.PositionSigmaMetres > Options.MaxPositionSigmaMetres)
        {
            return TrackStatus.Deleted;
        }

        return track.Status == TrackStatus.Tentative ? TrackStatus.Tentative
            : time - track.LastUpdate > Options.CoastAfter ? TrackStatus.Coasting : TrackStatus.Confirmed;
    }
}
