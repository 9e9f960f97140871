using System.Globalization;
using Entente.Server.Picture;
using Entente.Storage;
using Entente.Storage.Detections;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>The stored detections, by time.</summary>
public static class DetectionsApi
{
    /// <summary>The window when none is given: the last 10 minutes of picture time.</summary>
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(10);

    /// <summary>The longest window one request may ask for.</summary>
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(1);

    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapDetectionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/detections", List).WithTags("Detections").WithName("ListDetections")
            .WithSummary("Stored detections with from ≤ time < to, oldest first: by default the last 10 minutes of picture time, at most 500 (limit 1 to 5,000).");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<DetectionResponse>>, ProblemHttpResult>> List(IDatabase database, LivePicture picture, System.Security.Claims.ClaimsPrincipal user, string? from,
        string? to, int? limit, CancellationToken cancellationToken)
    {
        if (!TryTime(to, out var end) || !TryTime(from, out var start))
        {
            return Problems.BadRequest("from and to must be ISO 8601 times, e.g. 2026-11-21T23:00:00Z.");
        }

        var upper = end ?? picture.Now.AddTicks(1);
        var lower = start ?? upper - DefaultWindow;
        if (lower >= upper || upper - lower > LongestWindow)
        {
            return Problems.BadRequest("from must be before to, at most one day apart.");
        }

        if (limit is < 1 or > 5_000)
        {
            return Problems.BadRequest("limit must be 1 to 5,000.");
        }

        if (Security.EntenteClaims.Agency(user) is not { } viewer)
        {
            return TypedResults.Ok<IReadOnlyList<DetectionResponse>>([]);
        }

        var found = await database.Detections.QueryAsync(new DetectionQuery(lower, upper, limit ?? 500) { ReleasableTo = viewer }, cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<DetectionResponse>>([.. found.Select(DetectionResponse.From)]);
    }

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
        {
            time = t;
            return true;
        }

        return false;
    }
}
