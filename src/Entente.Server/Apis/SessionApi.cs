using System.Security.Claims;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Server.Security;
using Entente.Storage;
using Entente.Storage.Audit;
using Entente.Storage.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>Signing in and out: <c>POST /api/session</c> (name and password; sets the session cookie),
/// <c>GET /api/session</c> (who is signed in), <c>DELETE /api/session</c>. Sign-ins, refused or not, are audited.</summary>
public static class SessionApi
{
    // Checked against when the name is unknown, so that a refusal takes as long whether or not the user exists. Made on
    // the first sign-in, not when the endpoints are mapped, so that start-up does not pay for a password hash.
    private static readonly Lazy<string> DecoyHash = new(() => PasswordHashing.Hash("decoy password, never matches", PasswordHashing.DefaultIterations));

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags("Session");
        group.MapPost("", SignInAsync).AllowAnonymous().WithName("SignIn")
            .WithSummary("Sign in with a name and password; sets the session cookie. 401 for a wrong name or password, either way.");
        group.MapGet("", Who).WithName("GetSession").WithSummary("Who is signed in: name, agency, nation and roles.");
        group.MapDelete("", SignOutAsync).WithName("SignOut").WithSummary("Sign out: the session cookie is cleared.");
        return app;
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> SignInAsync(HttpContext context, SessionRequest? request, IDatabase database,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request?.Name is not { Length: <= 64 } text || request.Password is not { Length: > 0 and <= 1024 } password)
        {
            return Problems.BadRequest("Give a name and a password.");
        }

        var user = UserName.TryParse(text, out var name) ? await database.Users.FindAsync(name, cancellationToken) : null;
        var matches = PasswordHashing.Verify(password, user?.PasswordHash ?? DecoyHash.Value);
        if (user is null || !matches || user.Disabled)
        {
            await AuditAsync(database, clock, user is null ? "unknown" : name.Value, user?.Agency.Code ?? "entente", "session.refused",
                user is null ? "unknown name" : user.Disabled ? "disabled" : "wrong password", cancellationToken);
            return TypedResults.Problem("The name or the password is wrong, or the account is disabled.", statusCode: StatusCodes.Status401Unauthorized,
                title: "Not signed in.");
        }

        var principal = EntenteClaims.Principal(user, Authentication.CookieScheme);
        await context.SignInAsync(Authentication.CookieScheme, principal, new AuthenticationProperties { IsPersistent = false });
        await AuditAsync(database, clock, user.Name.Value, user.Agency.Code, "session.login", "", cancellationToken);
        return TypedResults.Ok(Response(principal)!);
    }

    private static Results<Ok<SessionResponse>, ProblemHttpResult> Who(ClaimsPrincipal user) =>
        Response(user) is { } response
            ? TypedResults.Ok(response)
            : TypedResults.Problem("Sign in, or send a bearer token.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in.");

    private static async Task<NoContent> SignOutAsync(HttpContext context, ClaimsPrincipal user, IDatabase database, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await context.SignOutAsync(Authentication.CookieScheme);
        if (EntenteClaims.Name(user) is { } name && EntenteClaims.Agency(user) is { } agency)
        {
            await AuditAsync(database, clock, name.Value, agency.Id.Code, "session.logout", "", cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static SessionResponse? Response(ClaimsPrincipal principal) =>
        EntenteClaims.Name(principal) is { } name && EntenteClaims.Agency(principal) is { } agency
            ? new SessionResponse(name.Value, principal.FindFirstValue(EntenteClaims.DisplayNameType) ?? name.Value, agency.Id.Code, agency.Name,
                agency.Nation == Nations.France ? "FR" : "UK", [.. EntenteClaims.RolesOf(principal).Select(Roles.ToName)])
            : null;

    private static async Task AuditAsync(IDatabase database, TimeProvider clock, string actor, string agency, string action, string detail,
        CancellationToken cancellationToken) =>
        await database.Audit.AppendAsync([new NewAuditEntry(clock.GetUtcNow(), actor, agency, action, actor, detail)], cancellationToken);
}
