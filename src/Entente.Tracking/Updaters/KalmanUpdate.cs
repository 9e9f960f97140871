using Entente.Tracking.Types;

namespace Entente.Tracking.Updaters;

/// <summary>The result of an update: the posterior, and the normalised innovation squared (its gate statistic).</summary>
/// <param name="Posterior">The updated state.</param>
/// <param name="NormalisedInnovationSquared">νᵀ·S⁻¹·ν: χ² with as many degrees of freedom as the measurement.</param>
/// <param name="InnovationDeterminant">det S, for likelihoods.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record KalmanUpdate(GaussianState Posterior, double NormalisedInnovationSquared, double InnovationDeterminant);
