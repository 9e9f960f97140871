using System.Security.Claims;
using System.Data.Common;
using System.Globalization;
using Entente.Core.Detections;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Server.Picture;
using Microsoft.AspNetCore.Http.HttpResults;
using Entente.Server.Security;

namespace Entente.Server.Apis;

/// <summary>How crossings ended: the outcome reports, and a person's report. A report is on the record before it is
/// answered.</summary>
public static class OutcomesApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder app)
    {
        var outcomes = app.MapGroup("/api/outcomes").WithTags("Outcomes");
        outcomes.MapGet("/", List).RequireAuthorization(Access.ReadPicture).WithName("ListOutcomes")
            .WithSummary("Outcome reports with from ≤ time < to, latest first, at most 500 (limit 1 to 5,000).");
        outcomes.MapPost("/", Report).RequireAuthorization(Access.ReportOutcome).WithName("ReportOutcome")
            .WithSummary("A person reports a boat prevented, intercepted, rescued or landed.");
        return app;
    }

    private static Results<Ok<IReadOnlyList<OutcomeResponse>>, ProblemHttpResult> List(LivePicture picture, System.Security.Claims.ClaimsPrincipal user, string? from, string? to, int? limit)
    {
        if (!TryTime(from, out var start) || !TryTime(to, out var end))
        {
            return Problems.BadRequest("from and to must be ISO 8601 times, e.g. 2026-11-21T23:00:00Z.");
        }

        if (start is { } s && end is { } e && s >= e)
        {
            return Problems.BadRequest("from must be before to.");
        }

        if (limit is < 1 or > 5_000)
        {
            return Problems.BadRequest("limit must be 1 to 5,000.");
        }

        IReadOnlyList<OutcomeResponse> list = [.. picture.Outcomes
            .Where(r => (start is null || r.Time >= start) && (end is null || r.Time < end))
            .OrderByDescending(r => r.Time).ThenByDescending(r => r.Number)
            .Select(OutcomeResponse.From)
            .Where(r => Releasing.May(r, Security.EntenteClaims.Agency(user)))
            .Take(limit ?? 500)];
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Report(LivePicture picture, ClaimsPrincipal user, OutcomeRequest? request)
    {
        if (Problems.Actor(user) is not { } actor)
        {
            return Problems.NotSignedIn();
        }

        if (request is null || BoatOutcomes.Parse(request.Outcome) is not { } outcome)
        {
            return Problems.BadRequest($"outcome must be one of: {string.Join(", ", BoatOutcomes.All)}.");
        }

        if (request.People is < 0 or > 10_000)
        {
            return Problems.BadRequest("people must be 0 to 10,000.");
        }

        GeoPosition? position = null;
        if (request.Lat is not null || request.Lon is not null)
        {
            if (request.Lat is not { } lat || request.Lon is not { } lon || !GeoPosition.TryFromDegrees(lat, lon, out var at))
            {
                return Problems.BadRequest("lat and lon must come together, as WGS84 degrees in range.");
            }

            position = at;
        }

        if (request.Track is < 0)
        {
            return Problems.BadRequest("track must be a track number, not negative.");
        }

        string? incidentId = null;
        if (request.Incident is { } incident)
        {
            if (!IncidentId.TryParse(incident, out var parsed))
            {
                return Problems.BadRequest("incident must be an incident id like INC-00007.");
            }

            incidentId = parsed.ToString();
        }

        if (request.Zone is { Length: 0 or > 100 } || request.Message is { Length: > 1_000 })
        {
            return Problems.BadRequest("zone must be a geography feature id; message at most 1,000 characters.");
        }

        try
        {
            var (report, positions) = await picture.ReportOutcomeAsync((p, now) => p.Outcomes.Report(outcome, now, actor, request.People, position,
                request.Zone, request.Track, incidentId, request.Message)).ConfigureAwait(false);
            return TypedResults.Ok(new ActionResponse(positions, $"{report.Id}: {report.Message}"));
        }
        catch (ArgumentException ex)
        {
            return Problems.BadRequest(ex.Message);
        }
        catch (PictureNotReadyException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready.");
        }
        catch (DbException ex)
        {
            // Nothing was acknowledged: the caller may try again.
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The record could not be committed.");
        }
    }

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
        {
            return false;
        }

        time = t;
        return true;
    }
}
