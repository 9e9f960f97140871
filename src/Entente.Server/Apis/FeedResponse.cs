namespace Entente.Server.Apis;

/// <summary>The body of GET /api/feed.</summary>
/// <param name="Enabled">Whether the simulated feed is configured to run (<c>Feeds:Simulation:Enabled</c>).</param>
/// <param name="Scenario">The scenario's name (or the configured name or path, before it is loaded).</param>
/// <param name="SimulatedTime">The simulated time reached, UTC; null before the feed starts or when it is off.</param>
/// <param name="Speed">Simulated seconds per wall second.</param>
/// <param name="Running">True while the simulation runs; false when off, failed, or at the end of its window.</param>
/// <param name="Counts">What the feeds have delivered: the simulated feed's and the real feeds' together.</param>
/// <param name="Error">Why the simulated feed failed, when it did.</param>
/// <param name="Feeds">The real feeds configured under <c>Feeds</c>, running or not.</param>
public sealed record FeedResponse(bool Enabled, string Scenario, DateTimeOffset? SimulatedTime, double Speed, bool Running, FeedCounts Counts, string? Error,
    IReadOnlyList<FeedSourceResponse> Feeds);
