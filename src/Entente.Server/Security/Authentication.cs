using Entente.Core.Identity;
using Entente.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Entente.Server.Security;

/// <summary>
/// Who is calling: people sign in on the page and carry a session cookie (HTTP-only, same-site strict, secure over
/// HTTPS, 12 hours sliding: a watch); API and feed clients send a bearer token. The pages require a session; a
/// session ends when its user is disabled.
/// </summary>
internal static class Authentication
{
    /// <summary>The default scheme: the cookie, or the bearer token when the request carries one.</summary>
    public const string Scheme = "entente";

    /// <summary>The session cookie's scheme.</summary>
    public const string CookieScheme = "entente-session";

    /// <summary>Registers the schemes and the default policy.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddEntenteAuthentication(this IServiceCollection services)
    {
        // Session cookies are encrypted with keys kept beside the database, so that sessions outlive a restart.
        services.AddDataProtection().SetApplicationName("entente");
        services.AddOptions<KeyManagementOptions>().Configure<StorageOptions>((keys, storage) =>
            keys.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(storage.ResolveDataDirectory(), "keys")), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Session or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenHandler.SchemeName
                    : CookieScheme)
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "entente.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => Unauthorised.WriteAsync(context.HttpContext);
                options.Events.OnRedirectToAccessDenied = context => Unauthorised.WriteForbiddenAsync(context.HttpContext);
                options.Events.OnValidatePrincipal = StillEnabledAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorization(Access.AddPolicies);
        return services;
    }

    // A session outlives neither its user's disabling nor the user's removal.
    private static async Task StillEnabledAsync(CookieValidatePrincipalContext context)
    {
        var database = context.HttpContext.RequestServices.GetRequiredService<IDatabase>();
        var user = context.Principal is { } principal && EntenteClaims.Name(principal) is { } name
            ? await database.Users.FindAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false)
            : null;
        if (user is null || user.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme).ConfigureAwait(false);
        }
    }

    /// <summary>Whether a principal holds a role.</summary>
    /// <param name="principal">The request's user.</param>
    /// <param name="role">The role.</param>
    /// <returns>True when held.</returns>
    public static bool Has(System.Security.Claims.ClaimsPrincipal principal, Role role) => principal.IsInRole(Roles.ToName(role));
}
