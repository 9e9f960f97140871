using Entente.Tracking.Types;

namespace Entente.Tracking.Models;

/// <summary>The whole state measured directly, [x, vx, y, vy], with independent errors: an AIS report's position and its
/// speed and course over ground turned into grid velocity.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PositionVelocityMeasurementModel : IMeasurementModel
{
    private static readonly Matrix H = Matrix.Identity(4);

    /// <summary>Creates the model.</summary>
    /// <param name="sigmaPositionMetres">One-sigma position error on each axis, metres, positive.</param>
    /// <param name="sigmaVelocityMetresPerSecond">One-sigma velocity error on each axis, m/s, positive.</param>
    public PositionVelocityMeasurementModel(double sigmaPositionMetres, double sigmaVelocityMetresPerSecond)
    {
        if (!double.IsFinite(sigmaPositionMetres) || sigmaPositionMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaPositionMetres), sigmaPositionMetres, "Sigma must be a positive number of metres.");
        }

        if (!double.IsFinite(sigmaVelocityMetresPerSecond) || sigmaVelocityMetresPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaVelocityMetresPerSecond), sigmaVelocityMetresPerSecond, "Sigma must be a positive number of m/s.");
        }

        SigmaPositionMetres = sigmaPositionMetres;
        SigmaVelocityMetresPerSecond = sigmaVelocityMetresPerSecond;
        var p = sigmaPositionMetres * sigmaPositionMetres;
        var v = sigmaVelocityMetresPerSecond * sigmaVelocityMetresPerSecond;
        Noise = Matrix.Diagonal(p, v, p, v);
    }

    /// <summary>One-sigma position error on each axis, metres.</summary>
    public double SigmaPositionMetres { get; }

    /// <summary>One-sigma velocity error on each axis, m/s.</summary>
    public double SigmaVelocityMetresPerSecond { get; }

    /// <inheritdoc />
    public int Dimensions => 4;

    /// <inheritdoc />
    public Matrix Noise { get; }

    /// <inheritdoc />
    public Matrix Predict(Matrix state) => H * state;

    /// <inheritdoc />
    public Matrix Jacobian(Matrix state) => H;

    /// <inheritdoc />
    public Matrix Residual(Matrix measured, Matrix predicted) => measured - predicted;
}
