using Entente.Tracking.Types;

namespace Entente.Tracking.Models;

/// <summary>How a sensor sees a state: the measurement function, its Jacobian (for the extended Kalman update), the
/// noise, and how two measurements differ (angles wrap).</summary>
public interface IMeasurementModel
{
    /// <summary>The measurement's dimension.</summary>
    int Dimensions { get; }

    /// <summary>The noise covariance R.</summary>
    Matrix Noise { get; }

    /// <summary>The measurement a state would give, h(x).</summary>
    /// <param name="state">The state mean, n×1.</param>
    /// <returns>m×1.</returns>
    Matrix Predict(Matrix state);

    /// <summary>The Jacobian of h at a state (h's matrix itself for a linear model).</summary>
    /// <param name="state">The state mean.</param>
    /// <returns>m×n.</returns>
    Matrix Jacobian(Matrix state);

    /// <summary>measured − predicted, with angles brought into (−π, π].</summary>
    /// <param name="measured">A measurement.</param>
    /// <param name="predicted">A predicted measurement.</param>
    /// <returns>m×1.</returns>
    Matrix Residual(Matrix measured, Matrix predicted);
}
