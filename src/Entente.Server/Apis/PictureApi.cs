using Entente.Server.Picture;
using Entente.Tracking.Pipeline;

namespace Entente.Server.Apis;

/// <summary>The picture as a whole: the tracking pipeline that builds it and the night so far.</summary>
public static class PictureApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapPictureApi(this IEndpointRouteBuilder app)
    {
        var picture = app.MapGroup("/api").WithTags("Picture");
        picture.MapGet("/pipeline", (LivePicture live) => TypedResults.Text(TrackingPipeline.Describe(live.TrackingOptions).ToJson(), "application/json"))
            .WithName("DescribePipeline").WithSummary("The tracking pipeline's components and settings (as entente track --describe).");
        picture.MapGet("/night", (LivePicture live, System.Security.Claims.ClaimsPrincipal user) => TypedResults.Ok(live.NightFor(Security.EntenteClaims.Agency(user)))).WithName("GetNight")
            .WithSummary("The night so far: launches, boats at sea, landed, rescued, people, open alerts and incidents, tracks by class.");
        return app;
    }
}
