using Entente.Core.Projection;
using Entente.Tracking.Types;

namespace Entente.Tracking.Models;

/// <summary>
/// A radar plot: range and grid bearing (radians, clockwise from grid north) from a site in the projection, with
/// Gaussian errors. Non-linear in the state; the updater linearises it at the prediction (extended Kalman filter).
/// </summary>
/// <remarks>
/// A radar reports a geodesic range and a true bearing; over the Strait the projection's scale is within 1e-4 of 1,
/// and a true bearing becomes a grid bearing by subtracting the meridian convergence at the site (done once per site).
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class RangeBearingMeasurementModel : IMeasurementModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="site">The antenna, in the projection.</param>
    /// <param name="sigmaRangeMetres">One-sigma range error, positive.</param>
    /// <param name="sigmaBearingRadians">One-sigma bearing error, positive.</param>
    public RangeBearingMeasurementModel(ProjectedPoint site, double sigmaRangeMetres, double sigmaBearingRadians)
    {
        if (!double.IsFinite(sigmaRangeMetres) || sigmaRangeMetres <= 0 || !double.IsFinite(sigmaBearingRadians) || sigmaBearingRadians <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaRangeMetres), "Range and bearing sigmas must be positive.");
        }

        Site = site;
        Noise = Matrix.Diagonal(sigmaRangeMetres * sigmaRangeMetres, sigmaBearingRadians * sigmaBearingRadians);
    }

    /// <summary>The antenna, in the projection.</summary>
    public ProjectedPoint Site { get; }

    /// <inheritdoc />
    public int Dimensions => 2;

    /// <inheritdoc />
    public Matrix Noise { get; }

    /// <inheritdoc />
    public Matrix Predict(Matrix state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var dx = state[0, 0] - Site.EastingMetres;
        var dy = state[2, 0] - Site.NorthingMetres;
        return Matrix.Column(Math.Sqrt((dx * dx) + (dy * dy)), Math.Atan2(dx, dy));
    }

    /// <inheritdoc />
    public Matrix Jacobian(Matrix state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var dx = state[0, 0] - Site.EastingMetres;
        var dy = state[2, 0] - Site.NorthingMetres;
        var r2 = Math.Max((dx * dx) + (dy * dy), 1e-6);
        var r = Math.Sqrt(r2);
        return Matrix.From(new double[,] { { dx / r, 0, dy / r, 0 }, { dy / r2, 0, -dx / r2, 0 } });
    }

    /// <inheritdoc />
    public Matrix Residual(Matrix measured, Matrix predicted)
    {
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(predicted);
        var angle = measured[1, 0] - predicted[1, 0];
        angle = Math.IEEERemainder(angle, 2 * Math.PI);
        return Matrix.Column(measured[0, 0] - predicted[0, 0], angle);
    }
}
