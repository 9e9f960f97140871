using Entente.Tracking.Metrics;

namespace Entente.Benchmarks.Tracking;

/// <summary>The truth at one instant of a recorded simulation.</summary>
/// <param name="Index">How many recorded detections come before it (all of them up to its time).</param>
/// <param name="Time">The instant.</param>
/// <param name="Truths">The objects scored at that instant.</param>
public sealed record TruthFrame(int Index, DateTimeOffset Time, IReadOnlyList<TruthPoint> Truths);
