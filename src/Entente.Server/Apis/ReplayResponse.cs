namespace Entente.Server.Apis;

/// <summary>The span of picture time kept for replay.</summary>
/// <param name="From">The oldest snapshot kept, or null before the first frame.</param>
/// <param name="To">The newest snapshot kept.</param>
/// <param name="Snapshots">How many are kept.</param>
/// <param name="IntervalSeconds">Picture seconds between snapshots.</param>
public sealed record ReplayResponse(DateTimeOffset? From, DateTimeOffset? To, int Snapshots, double IntervalSeconds);
