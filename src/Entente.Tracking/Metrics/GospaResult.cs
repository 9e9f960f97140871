namespace Entente.Tracking.Metrics;

/// <summary>
/// The generalised OSPA distance between estimated and true positions at one instant, with its decomposition. The
/// components are the three terms of the p-th power sum, so that <c>Distance^p = Localisation + Missed + False</c>.
/// </summary>
/// <param name="DistanceMetres">The GOSPA distance, metres.</param>
/// <param name="Localisation">Σ dᵖ over assigned pairs (metresᵖ).</param>
/// <param name="Missed">cᵖ/2 for each truth left unassigned (metresᵖ).</param>
/// <param name="False">cᵖ/2 for each estimate left unassigned (metresᵖ).</param>
/// <param name="AssignedCount">Pairs closer than the cut-off.</param>
/// <param name="MissedCount">Truths with no estimate within the cut-off.</param>
/// <param name="FalseCount">Estimates with no truth within the cut-off.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record GospaResult(double DistanceMetres, double Localisation, double Missed, double False, int AssignedCount, int MissedCount, int FalseCount);
