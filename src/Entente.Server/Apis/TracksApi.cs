using System.Globalization;
using Entente.Server.Picture;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>The tracks: the latest frame, one track with its recent positions, and kept snapshots for replay.</summary>
public static class TracksApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapTracksApi(this IEndpointRouteBuilder app)
    {
        var tracks = app.MapGroup("/api").WithTags("Tracks");
        tracks.MapGet("/tracks", List).WithName("ListTracks")
            .WithSummary("The live tracks of the latest frame; ?at= (ISO 8601) gives the kept snapshot at or before that time.");
        tracks.MapGet("/tracks/{id}", Detail).WithName("GetTrack").WithSummary("A live track and its kept positions, oldest first.");
        tracks.MapGet("/replay", (LiveView view) => TypedResults.Ok(view.Replay())).WithName("GetReplaySpan")
            .WithSummary("The span of picture time kept for replay.");
        return app;
    }

    private static Results<Ok<TracksResponse>, ProblemHttpResult> List(LiveView view, System.Security.Claims.ClaimsPrincipal user, string? at)
    {
        var viewer = Security.EntenteClaims.Agency(user);
        if (string.IsNullOrEmpty(at))
        {
            return TypedResults.Ok(view.Tracks(viewer));
        }

        if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return Problems.BadRequest("at must be an ISO 8601 time, e.g. 2026-11-21T23:00:00Z.");
        }

        return view.At(time, viewer) is { } snapshot
            ? TypedResults.Ok(snapshot)
            : TypedResults.Problem($"Nothing is kept from {time:u} (GET /api/replay gives the span kept).", statusCode: StatusCodes.Status404NotFound,
                title: "Not found.");
    }

    private static Results<Ok<TrackDetailResponse>, ProblemHttpResult> Detail(LiveView view, System.Security.Claims.ClaimsPrincipal user, string id)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Problems.BadRequest("The track id is its number, e.g. 42.");
        }

        return view.Track(number, Security.EntenteClaims.Agency(user)) is { } track
            ? TypedResults.Ok(track)
            : TypedResults.Problem($"Track {number} is not live.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
    }
}
