using Entente.Tracking.Types;

namespace Entente.Tracking.Updaters;

/// <summary>An update's outcome as gating and association see it.</summary>
/// <param name="Posterior">The updated estimate, in its predictor's form.</param>
/// <param name="NormalisedInnovationSquared">νᵀ·S⁻¹·ν (for a mixture, of its moment-matched prediction): the gate statistic,
/// χ² with as many degrees of freedom as the measurement.</param>
/// <param name="Deviance">−2 ln of the detection's likelihood under the prediction (NIS + ln det S + m ln 2π for one
/// Gaussian): the association cost, so that a tight track beats a loose one at equal distance.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record StateUpdate(IStateEstimate Posterior, double NormalisedInnovationSquared, double Deviance);
