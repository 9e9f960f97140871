using Entente.Tracking.Types;

namespace Entente.Tracking.Models;

/// <summary>How a state evolves over time: a linear transition and the process noise it accrues.</summary>
public interface ITransitionModel
{
    /// <summary>The state's dimension.</summary>
    int Dimensions { get; }

    /// <summary>The transition matrix F over an interval.</summary>
    /// <param name="interval">The interval; may be negative (retrodiction).</param>
    /// <returns>F, n×n.</returns>
    Matrix Transition(TimeSpan interval);

    /// <summary>The process noise covariance Q accrued over an interval.</summary>
    /// <param name="interval">The interval (its magnitude is used).</param>
    /// <returns>Q, n×n.</returns>
    Matrix Noise(TimeSpan interval);
}
