using System.Security.Claims;
using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Storage.Users;

namespace Entente.Server.Security;

/// <summary>How a signed-in user is carried in a request: their name, display name, agency and roles as claims, and
/// read back as the domain's types.</summary>
internal static class EntenteClaims
{
    /// <summary>The agency code claim.</summary>
    public const string AgencyType = "entente:agency";

    /// <summary>The display name claim.</summary>
    public const string DisplayNameType = "entente:display-name";

    /// <summary>The principal of a user, for a scheme.</summary>
    /// <param name="user">The account.</param>
    /// <param name="scheme">The authentication scheme.</param>
    /// <returns>The principal.</returns>
    public static ClaimsPrincipal Principal(UserAccount user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Name.Value),
            new(DisplayNameType, user.DisplayName),
            new(AgencyType, user.Agency.Code),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, Roles.ToName(r))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The user's name, when signed in.</summary>
    /// <param name="principal">The request's user.</param>
    /// <returns>The name, or null.</returns>
    public static UserName? Name(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && UserName.TryParse(principal.Identity.Name, out var name) ? name : null;

    /// <summary>The user's agency, when signed in.</summary>
    /// <param name="principal">The request's user.</param>
    /// <returns>The agency, or null.</returns>
    public static Agency? Agency(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && AgencyId.TryParse(principal.FindFirstValue(AgencyType), out var id) ? Agencies.Find(id) : null;

    /// <summary>The user's roles.</summary>
    /// <param name="principal">The request's user.</param>
    /// <returns>The roles held.</returns>
    public static IReadOnlyList<Role> RolesOf(ClaimsPrincipal principal) =>
        [.. principal.FindAll(ClaimTypes.Role).Select(c => Roles.Parse(c.Value)).OfType<Role>().Distinct().Order()];
}
