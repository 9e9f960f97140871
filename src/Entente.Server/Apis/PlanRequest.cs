namespace Entente.Server.Apis;

/// <summary>A request to plan a search of an incident's drift.</summary>
/// <param name="Assets">The ids of the assets to search with (GET /api/assets), 1 to 10.</param>
/// <param name="Hours">Time on scene for each, 0.25 to 12 hours (2 by default).</param>
public sealed record PlanRequest(IReadOnlyList<string>? Assets, double? Hours);
