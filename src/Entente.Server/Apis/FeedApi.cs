using Entente.Server.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>GET /api/feed: the live feeds behind the picture (the simulated one and the real ones) and what they have delivered.</summary>
public static class FeedApi
{
    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/feed", GetFeed)
            .WithName("GetFeed")
            .WithSummary("The feeds: the simulated one (scenario, simulated time, speed, whether it runs), counts of detections and AIS lines, and each real feed.")
            .WithTags("Feed");
        return app;
    }

    private static Ok<FeedResponse> GetFeed(SimulationFeed feed, RealFeeds real) =>
        TypedResults.Ok(new FeedResponse(
            feed.Enabled,
            feed.Scenario,
            feed.SimulatedTime,
            feed.Speed,
            feed.IsRunning,
            new FeedCounts(feed.DetectionsStored + real.DetectionsStored, feed.DetectionsLost + real.DetectionsLost,
                feed.AisLines + real.AisLines, feed.AisMessages + real.AisMessages),
            feed.Error,
            [.. real.Feeds.Select(f => new FeedSourceResponse(f.Name, f.Kind, f.Endpoint, f.Running, f.Received, f.Rejected, f.Dropped, f.LastError))]));
}
