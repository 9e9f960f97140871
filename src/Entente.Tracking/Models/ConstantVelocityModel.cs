using Entente.Tracking.Types;

namespace Entente.Tracking.Models;

/// <summary>
/// Nearly constant velocity in the Channel projection, state [x, vx, y, vy]: white-noise acceleration of a given power
/// spectral density on each axis (discretised exactly: Q = q·[[Δt³/3, Δt²/2], [Δt²/2, Δt]] per axis).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ConstantVelocityModel : ITransitionModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="noiseDensity">Acceleration noise power spectral density q, m²/s³, positive. About 0.05 suits ships
    /// holding course; 0.5 a small boat that speeds up, slows and turns.</param>
    public ConstantVelocityModel(double noiseDensity)
    {
        if (!double.IsFinite(noiseDensity) || noiseDensity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(noiseDensity), noiseDensity, "The noise density must be a positive number of m²/s³.");
        }

        NoiseDensity = noiseDensity;
    }

    /// <summary>Acceleration noise power spectral density, m²/s³.</summary>
    public double NoiseDensity { get; }

    /// <inheritdoc />
    public int Dimensions => 4;

    /// <inheritdoc />
    public Matrix Transition(TimeSpan interval)
    {
        var dt = interval.TotalSeconds;
        return Matrix.From(new double[,] { { 1, dt, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, dt }, { 0, 0, 0, 1 } });
    }

    /// <inheritdoc />
    public Matrix Noise(TimeSpan interval)
    {
        var dt = Math.Abs(interval.TotalSeconds);
        var q = NoiseDensity;
        var a = q * dt * dt * dt / 3;
        var b = q * dt * dt / 2;
        var c = q * dt;
        return Matrix.From(new double[,] { { a, b, 0, 0 }, { b, c, 0, 0 }, { 0, 0, a, b }, { 0, 0, b, c } });
    }
}
