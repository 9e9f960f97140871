using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Storage;
using Entente.Storage.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests.Security;

/// <summary>Users made for a test through the server's own user store, signed in by bearer token.</summary>
internal static class TestUsers
{
    /// <summary>Creates a user (token only) and issues a token.</summary>
    /// <param name="services">The server's services.</param>
    /// <param name="name">A name no other test uses.</param>
    /// <param name="agency">The user's agency code.</param>
    /// <param name="roles">The roles, in declaration order.</param>
    /// <returns>The bearer secret.</returns>
    public static async Task<string> TokenAsync(IServiceProvider services, string name, string agency, params Role[] roles)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = services.GetRequiredService<IDatabase>();
        var user = UserName.Parse(name);
        Assert.True(await database.Users.CreateAsync(new UserAccount(user, name, AgencyId.Parse(agency), roles, null, DateTimeOffset.UtcNow, false), ct));
        var issued = await database.Users.IssueTokenAsync(user, "test", DateTimeOffset.UtcNow, null, ct);
        return issued!.Secret;
    }
}
