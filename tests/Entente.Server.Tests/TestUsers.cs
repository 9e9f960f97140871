using System.Net.Http.Headers;
using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Storage;
using Entente.Storage.Users;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests;

/// <summary>Signed-in clients: a user of the given agency (made on first use) and a bearer token for it, because the
/// picture's reads give only what is releasable to the caller's agency, and nothing to a caller without one.</summary>
public static class TestUsers
{
    /// <summary>A token for a watch officer of an agency, making the user when absent.</summary>
    public static async Task<string> TokenAsync(IDatabase database, string agency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var name = UserName.Parse("test." + agency);
        if (await database.Users.FindAsync(name, cancellationToken) is null)
        {
            await database.Users.CreateAsync(new UserAccount(name, "Test " + agency, AgencyId.Parse(agency), [Role.WatchOfficer], null,
                DateTimeOffset.UtcNow, false), cancellationToken);
        }

        var issued = await database.Users.IssueTokenAsync(name, "tests", DateTimeOffset.UtcNow, null, cancellationToken);
        return issued!.Secret;
    }

    /// <summary>A client of the in-memory server signed in as a user of an agency (HM Coastguard by default).</summary>
    public static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> factory, string agency = "uk-hmcg")
    {
        ArgumentNullException.ThrowIfNull(factory);
        var token = await TokenAsync(factory.Services.GetRequiredService<IDatabase>(), agency, CancellationToken.None);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Signs an existing client in with a token.</summary>
    public static void SignIn(HttpClient client, string token)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
