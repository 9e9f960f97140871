using Entente.Tracking.Types;

namespace Entente.Tracking.Models;

/// <summary>A position in the projection with a circular one-sigma error: ground, aerial and report detections.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PositionMeasurementModel : IMeasurementModel
{
    private static readonly Matrix H = Matrix.From(new double[,] { { 1, 0, 0, 0 }, { 0, 0, 1, 0 } });

    /// <summary>Creates the model.</summary>
    /// <param name="sigmaMetres">One-sigma error on each axis, metres, positive.</param>
    public PositionMeasurementModel(double sigmaMetres)
    {
        if (!double.IsFinite(sigmaMetres) || sigmaMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaMetres), sigmaMetres, "Sigma must be a positive number of metres.");
        }

        SigmaMetres = sigmaMetres;
        Noise = Matrix.Diagonal(sigmaMetres * sigmaMetres, sigmaMetres * sigmaMetres);
    }

    /// <summary>One-sigma error on each axis, metres.</summary>
    public double SigmaMetres { get; }

    /// <inheritdoc />
    public int Dimensions => 2;

    /// <inheritdoc />
    public Matrix Noise { get; }

    /// <inheritdoc />
    public Matrix Predict(Matrix state) => H * state;

    /// <inheritdoc />
    public Matrix Jacobian(Matrix state) => H;

    /// <inheritdoc />
    public Matrix Residual(Matrix measured, Matrix predicted) => measured - predicted;
}
