namespace Entente.Server.Security;

/// <summary>The ProblemDetails answers of authentication: 401 when nobody is signed in, 403 when the user may not.</summary>
internal static class Unauthorised
{
    /// <summary>Writes 401.</summary>
    /// <param name="context">The request.</param>
    /// <returns>When written.</returns>
    public static Task WriteAsync(HttpContext context) =>
        TypedResults.Problem("Sign in, or send a bearer token.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in.")
            .ExecuteAsync(context);

    /// <summary>Writes 403.</summary>
    /// <param name="context">The request.</param>
    /// <returns>When written.</returns>
    public static Task WriteForbiddenAsync(HttpContext context) =>
        TypedResults.Problem("Your role or agency does not allow this.", statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.")
            .ExecuteAsync(context);
}
