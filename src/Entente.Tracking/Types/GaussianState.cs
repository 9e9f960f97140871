namespace Entente.Tracking.Types;

/// <summary>A state estimate: mean and covariance at a time. The state vector is [x, vx, y, vy] in the Channel
/// projection (metres, metres per second).</summary>
/// <param name="Mean">The mean, n×1.</param>
/// <param name="Covariance">The covariance, n×n.</param>
/// <param name="Time">When it holds, UTC.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record GaussianState(Matrix Mean, Matrix Covariance, DateTimeOffset Time);
