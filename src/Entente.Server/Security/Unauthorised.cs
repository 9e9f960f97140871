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

    /// <summary>Writes 403, naming the roles the endpoint admits.</summary>
    /// <param name="context">The request.</param>
    /// <returns>When written.</returns>
    public static Task WriteForbiddenAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var roles = (context.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() ?? [])
            .Select(a => a.Policy is { } policy && Access.RolesOf.TryGetValue(policy, out var admitted) ? admitted : null)
            .LastOrDefault(r => r is not null);
        var detail = roles is null
            ? "Your role or agency does not allow this."
            : "Your role does not allow this: it needs " + string.Join(", ", roles.Select(Core.Identity.Roles.ToName)) + ".";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.").ExecuteAsync(context);
    }
}
