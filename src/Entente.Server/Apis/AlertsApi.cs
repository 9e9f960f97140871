using System.Security.Claims;
using Entente.Rules.Alerts;
using Entente.Server.Picture;
using Microsoft.AspNetCore.Http.HttpResults;
using Entente.Server.Security;

namespace Entente.Server.Apis;

/// <summary>The alerts: list, acknowledge, resolve. Every action is on the record before it is answered.</summary>
public static class AlertsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/alerts").WithTags("Alerts");
        alerts.MapGet("/", List).WithName("ListAlerts").WithSummary("Alerts, newest first; ?status=raised|acknowledged|resolved filters.");
        alerts.MapPost("/{number:long}/acknowledge", Acknowledge).RequireAuthorization(Access.ActOnAlerts).WithName("AcknowledgeAlert").WithSummary("A person takes an alert.");
        alerts.MapPost("/{number:long}/resolve", Resolve).RequireAuthorization(Access.ActOnAlerts).WithName("ResolveAlert").WithSummary("A person closes an alert, with a reason.");
        return app;
    }

    private static Results<Ok<IReadOnlyList<AlertResponse>>, ProblemHttpResult> List(LivePicture picture, System.Security.Claims.ClaimsPrincipal user, string? status)
    {
        AlertStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            wanted = status switch
            {
                "raised" => AlertStatus.Raised,
                "acknowledged" => AlertStatus.Acknowledged,
                "resolved" => AlertStatus.Resolved,
                _ => null,
            };
            if (wanted is null)
            {
                return Problems.BadRequest("status must be raised, acknowledged or resolved.");
            }
        }

        return TypedResults.Ok(picture.AlertsFor(Security.EntenteClaims.Agency(user), wanted));
    }

    private static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Acknowledge(LivePicture picture, ClaimsPrincipal user, long number, ActorRequest? request)
    {
        if (Problems.Actor(user) is not { } actor)
        {
            return Problems.NotSignedIn();
        }

        if (Hidden(picture, user, number) is { } hidden)
        {
            return hidden;
        }

        return await Problems.Run(picture, (p, now) => ([p.Monitor.Book.Acknowledge(number, actor.ToString(), now)], []),
            $"ALR-{number:D5} acknowledged by {actor}.").ConfigureAwait(false);
    }

    private static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Resolve(LivePicture picture, ClaimsPrincipal user, long number, ActorRequest? request)
    {
        if (Problems.Actor(user) is not { } actor)
        {
            return Problems.NotSignedIn();
        }

        if (string.IsNullOrWhiteSpace(request?.Reason))
        {
            return Problems.BadRequest("reason is required: nothing is closed without a word on the record.");
        }

        if (Hidden(picture, user, number) is { } hidden)
        {
            return hidden;
        }

        return await Problems.Run(picture, (p, now) => ([p.Monitor.Book.Resolve(number, actor.ToString(), now, request.Reason)], []),
            $"ALR-{number:D5} resolved by {actor}.").ConfigureAwait(false);
    }

    // An alert the user's agency may not see is answered as one that does not exist: acting on it would tell of it.
    private static ProblemHttpResult? Hidden(LivePicture picture, ClaimsPrincipal user, long number) =>
        picture.HidesAlert(number, Security.EntenteClaims.Agency(user))
            ? TypedResults.Problem($"There is no alert number {number}.", statusCode: StatusCodes.Status404NotFound, title: "Not found.")
            : null;
}
