using System.Data.Common;
using System.Security.Claims;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Incidents;
using Entente.Picture.Pipeline;
using Entente.Rules.Alerts;
using Entente.Server.Picture;
using Entente.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>How the action endpoints check who acts and turn refusals into ProblemDetails: a bad request is 400, an
/// unknown alert or incident 404, an action the person may not take 403, one the state forbids 409, and a picture
/// not yet running or a database that cannot commit 503 — never 500.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.");

    /// <summary>Who acts: the signed-in user, as the record names them, or null when nobody is signed in.</summary>
    public static Actor? Actor(ClaimsPrincipal user) =>
        EntenteClaims.Name(user) is { } name && EntenteClaims.Agency(user) is { } agency ? new Actor(name.Value, agency.Id) : null;

    /// <summary>The answer when an action has no signed-in user (the endpoints require one, so this is a safeguard).</summary>
    public static ProblemHttpResult NotSignedIn() =>
        TypedResults.Problem("Sign in first: actions are taken by a signed-in user.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in.");

    /// <summary>The answer when what a request reads could not be put in the audit log: restricted data goes out only on the record.</summary>
    /// <param name="what">What could not be recorded, e.g. "The read".</param>
    public static ProblemHttpResult Unrecorded(string what) =>
        TypedResults.Problem($"{what} could not be recorded; try again.", statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The record could not be committed.");

    public static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Run(LivePicture picture,
        Func<PicturePipeline, DateTimeOffset, (IReadOnlyList<AlertChange> Alerts, IReadOnlyList<IncidentEvent> Events)> action, string outcome)
    {
        try
        {
            var positions = await picture.ActAsync(action).ConfigureAwait(false);
            return TypedResults.Ok(new ActionResponse(positions, outcome));
        }
        catch (KeyNotFoundException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }
        catch (IncidentActionException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: ex.Refusal == IncidentActionRefusal.NotAllowed ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict,
                title: ex.Refusal == IncidentActionRefusal.ConsentRequired ? "The other state's consent is required." : "The action was refused.");
        }
        catch (PictureNotReadyException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready.");
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "The action was refused.");
        }
        catch (ArgumentException ex)
        {
            return BadRequest(ex.Message);
        }
        catch (DbException ex)
        {
            // Nothing was acknowledged: the caller may try again.
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The record could not be committed.");
        }
    }
}
