using System.Security.Claims;
using System.Globalization;
using System.Text.Json;
using Entente.Core.Identifiers;
using Entente.Core.Projection;
using Entente.Sar.Search;
using Entente.Server.Picture;
using Microsoft.AspNetCore.Http.HttpResults;
using Entente.Server.Security;

namespace Entente.Server.Apis;

/// <summary>Search planning on an incident's drift: plan for chosen assets, read the current plan, and record a planned
/// search that found nothing (which reweights the drift and raises the cumulative POS).</summary>
public static class IncidentSearchApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapIncidentSearchApi(this IEndpointRouteBuilder app)
    {
        var incidents = app.MapGroup("/api/incidents").WithTags("Incidents");
        incidents.MapGet("/{id}/plan", Current).WithName("GetSearchPlan").WithSummary("The incident's current search plan as GeoJSON; 204 when none is planned.");
        incidents.MapPost("/{id}/plan", Plan).RequireAuthorization(Access.CoordinateIncident).WithName("PlanSearch")
            .WithSummary("Plans a search of the incident's drift for the given assets, keeps it as the current plan, notes it in the log and returns it.");
        incidents.MapPost("/{id}/searches", Searched).RequireAuthorization(Access.WorkIncident).WithName("RecordSearch")
            .WithSummary("An asset's planned search is done and found nothing: recorded, the drift reweighted, the cumulative POS updated.");
        return app;
    }

    private static Results<FileContentHttpResult, NoContent, ProblemHttpResult> Current(SearchPlans plans, System.Security.Claims.ClaimsPrincipal user, string id)
    {
        if (!IncidentId.TryParse(id, out var incidentId))
        {
            return Problems.BadRequest("The incident id is like INC-00007.");
        }

        // Incidents are releasable to every agency of both states; a request without one sees none.
        if (Security.EntenteClaims.Agency(user) is null)
        {
            return TypedResults.Problem($"There is no incident {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }

        // No plan yet is an ordinary answer, not an error: 204.
        return plans.Of(incidentId) is { } plan ? GeoJson(plan) : TypedResults.NoContent();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Plan(LivePicture picture, AssetRegistry registry, SearchPlans plans,
        ClaimsPrincipal user, string id, PlanRequest? request)
    {
        if (Problems.Actor(user) is not { } actor)
        {
            return Problems.NotSignedIn();
        }

        if (!IncidentId.TryParse(id, out var incidentId))
        {
            return Problems.BadRequest("The incident id is like INC-00007.");
        }

        if (request?.Assets is not { Count: >= 1 and <= 10 } ids || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count ||
            ids.Any(a => registry.Find(a) is null))
        {
            return Problems.BadRequest("assets must list 1 to 10 distinct ids of known assets (GET /api/assets).");
        }

        if (request.Hours is { } h && (!double.IsFinite(h) || h is < 0.25 or > 12))
        {
            return Problems.BadRequest("hours on scene must be 0.25 to 12.");
        }

        if (picture.SearchInputs(incidentId) is not { } inputs)
        {
            return TypedResults.Problem($"There is no open incident {id} in the picture.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }

        // Planned outside the picture's lock, on a snapshot of the drift: the feed does not wait for it.
        var assets = ids.Select(a => SearchCapability.For(registry.Find(a)!, request.Hours ?? 2)).ToList();
        var plan = SearchPlanner.Plan(inputs.Cloud, ChannelProjection.Project(inputs.Datum), inputs.WindFromDegrees, assets);
        var summary = string.Join("; ", plan.Assignments.Select(a =>
            string.Create(CultureInfo.InvariantCulture, $"{a.Asset.Name} {SearchPlanGeoJson.KindName(a.Pattern.Kind)} POS {a.Pos:P0}")));
        var noted = await Problems.Run(picture, (p, now) =>
        {
            var incident = p.Incidents.Incidents.FirstOrDefault(i => i.Id == incidentId) ?? throw new KeyNotFoundException($"There is no open incident {id}.");
            var text = string.Create(CultureInfo.InvariantCulture, $"Search planned: {summary}. Total POS {plan.TotalPos:P0}.");
            return ([], [incident.AddNote(text, now, actor)]);
        }, "Search planned.").ConfigureAwait(false);
        if (noted.Result is ProblemHttpResult problem)
        {
            return problem;
        }

        plans.Set(incidentId, plan);
        return GeoJson(plan);
    }

    private static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Searched(LivePicture picture, SearchPlans plans, ClaimsPrincipal user, string id, SearchRequest? request)
    {
        if (Problems.Actor(user) is not { } actor)
        {
            return Problems.NotSignedIn();
        }

        if (!IncidentId.TryParse(id, out var incidentId))
        {
            return Problems.BadRequest("The incident id is like INC-00007.");
        }

        if (plans.Of(incidentId) is not { } plan)
        {
            return TypedResults.Problem($"No search is planned for {id}: plan one first (POST /api/incidents/{id}/plan).",
                statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }

        if (plan.Assignments.FirstOrDefault(a => a.Asset.Name == request?.Asset) is not { } assignment)
        {
            return Problems.BadRequest("asset must be one of the plan's: " + string.Join(", ", plan.Assignments.Select(a => a.Asset.Name)) + ".");
        }

        return await Problems.Run(picture, (p, now) =>
            ([], [p.Incidents.RecordSearch(incidentId, assignment.Pattern, now, actor, request?.Reason ?? $"{assignment.Asset.Name} searched; nothing found.")]),
            $"Search by {assignment.Asset.Name} recorded.").ConfigureAwait(false);
    }

    private static FileContentHttpResult GeoJson(SearchPlan plan)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            SearchPlanGeoJson.Write(writer, plan);
        }

        return TypedResults.File(buffer.WrittenMemory.ToArray(), "application/geo+json");
    }
}
