namespace Entente.Tracking.Types;

/// <summary>A state estimate: mean and covariance at a time. The state vector is [x, vx, y, vy] in the Channel
/// projection (metres, metres per second).</summary>
/// <param name="Mean">The mean, n×1.</param>
/// <param name="Covariance">The covariance, n×n.</param>
/// <param name="Time">When it holds, UTC.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record GaussianState(Matrix Mean, Matrix Covariance, DateTimeOffset Time) : IStateEstimate
{
    /// <inheritdoc />
    public GaussianState Gaussian => this;

    /// <summary>Easting, metres.</summary>
    public double EastingMetres => Mean[0, 0];

    /// <summary>Northing, metres.</summary>
    public double NorthingMetres => Mean[2, 0];

    /// <summary>Speed over ground, m/s.</summary>
    public double SpeedMetresPerSecond => Math.Sqrt((Mean[1, 0] * Mean[1, 0]) + (Mean[3, 0] * Mean[3, 0]));

    /// <summary>One-sigma position error, metres: the root of half the position covariance's trace, so that a circle of
    /// this radius carries the same total variance as the ellipse.</summary>
    public double PositionSigmaMetres => Math.Sqrt((Covariance[0, 0] + Covariance[2, 2]) / 2);
}
