namespace Entente.Server.Apis;

/// <summary>The answer to POST /api/feed/detections.</summary>
/// <param name="Accepted">Records taken (on their way to the picture and the store).</param>
/// <param name="Rejected">Lines refused.</param>
/// <param name="Errors">The first refusals, each "line N: why".</param>
public sealed record FeedIngestResponse(int Accepted, int Rejected, IReadOnlyList<string> Errors);
