using Entente.Server.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>GET /api/feed: the live feed behind the picture (today the simulated one) and what it has delivered.</summary>
public static class FeedApi
{
    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/feed", GetFeed)
            .WithName("GetFeed")
            .WithSummary("The simulated feed: scenario, simulated time, speed, whether it runs, and counts of detections and AIS lines.")
            .WithTags("Feed");
        return app;
    }

    private static Ok<FeedResponse> GetFeed(SimulationFeed feed) =>
        TypedResults.Ok(new FeedResponse(
            feed.Enabled,
            feed.Scenario,
            feed.SimulatedTime,
            feed.Speed,
            feed.IsRunning,
            new FeedCounts(feed.DetectionsStored, feed.DetectionsLost, feed.AisLines, feed.AisMessages),
            feed.Error));
}
