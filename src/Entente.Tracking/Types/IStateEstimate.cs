namespace Entente.Tracking.Types;

/// <summary>
/// A track's estimate as a predictor and updater carry it: a single Gaussian for a Kalman filter, one per mode for an
/// interacting multiple model filter. Every form can say what it means as one Gaussian, which is what gating,
/// deletion and output read.
/// </summary>
public interface IStateEstimate
{
    /// <summary>When the estimate holds, UTC.</summary>
    DateTimeOffset Time { get; }

    /// <summary>The estimate as one Gaussian (moment-matched for a mixture).</summary>
    GaussianState Gaussian { get; }
}
