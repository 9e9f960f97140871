namespace Entente.Tracking.Metrics;

/// <summary>
/// GOSPA averaged over the frames of a run: the mean of the per-frame distances and the means of the three terms of the
/// p-th power sum (see <see cref="GospaResult"/>). The terms are in metresᵖ; for each frame they sum to the distance to
/// the power p, and the terms of the truth classes sum to the overall ones.
/// </summary>
/// <param name="DistanceMetres">Mean of the per-frame GOSPA distances, metres.</param>
/// <param name="Localisation">Mean of Σ dᵖ over assigned pairs, metresᵖ.</param>
/// <param name="Missed">Mean of cᵖ/2 per missed truth, metresᵖ.</param>
/// <param name="False">Mean of cᵖ/2 per false track, metresᵖ.</param>
/// <remarks>All zero when there were no frames. This type is immutable and thread-safe.</remarks>
public sealed record MeanGospa(double DistanceMetres, double Localisation, double Missed, double False);
