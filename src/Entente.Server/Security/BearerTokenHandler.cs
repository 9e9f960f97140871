using System.Text.Encodings.Web;
using Entente.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Entente.Server.Security;

/// <summary>
/// Authenticates API and feed clients by <c>Authorization: Bearer ent_…</c>: the secret's hash is looked up in the
/// user store, and the token must be unexpired, unrevoked and its user enabled. No header: no result (another scheme
/// may apply); a bad token: a failure, never the details of why.
/// </summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDatabase database, TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        var found = await database.Users.AuthenticateTokenAsync(secret, clock.GetUtcNow(), Context.RequestAborted).ConfigureAwait(false);
        return found is { } f
            ? AuthenticateResult.Success(new AuthenticationTicket(EntenteClaims.Principal(f.User, SchemeName), SchemeName))
            : AuthenticateResult.Fail("The token is not valid.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Unauthorised.WriteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Unauthorised.WriteForbiddenAsync(Context);
}
