using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Storage;
using Entente.Storage.Users;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests;

/// <summary>
/// A server in memory whose clients sign in with a bearer token: as <see cref="DefaultUser"/> (HM Coastguard's demo watch
/// officer and coordinator) unless a test asks for another user. Every endpoint but /health needs one.
/// </summary>
public abstract class SignedInFactory : WebApplicationFactory<Program>
{
    /// <summary>The user of <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/>.</summary>
    public const string DefaultUser = "uk.watch";

    /// <summary>A feed client of HM Coastguard, made when first asked for.</summary>
    public const string FeedUser = "test.feed";

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <summary>A client signed in as a user (a demo user, or one made by <see cref="AddUserAsync"/>).</summary>
    public HttpClient ClientAs(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(user));
        return client;
    }

    /// <summary>A client that is not signed in.</summary>
    public HttpClient AnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>A bearer token for a user, issued once.</summary>
    public string TokenFor(string user) => _tokens.GetOrAdd(user, name => IssueAsync(name).GetAwaiter().GetResult());

    /// <summary>Makes a user with no password (it signs in with tokens only).</summary>
    public async Task AddUserAsync(string name, Agency agency, IReadOnlyList<Role> roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var account = new UserAccount(UserName.Parse(name), name, agency.Id, roles, null, DateTimeOffset.UtcNow, false);
        await Services.GetRequiredService<IDatabase>().Users.CreateAsync(account, cancellationToken);
    }

    private async Task<string> IssueAsync(string name)
    {
        var users = Services.GetRequiredService<IDatabase>().Users;
        if (name == FeedUser && await users.FindAsync(UserName.Parse(name), CancellationToken.None) is null)
        {
            await AddUserAsync(name, Agencies.HmCoastguard, [Role.FeedClient], CancellationToken.None);
        }

        var issued = await users.IssueTokenAsync(UserName.Parse(name), "tests", DateTimeOffset.UtcNow, null, CancellationToken.None);
        return issued?.Secret ?? throw new InvalidOperationException($"There is no user {name}.");
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(DefaultUser));
    }
}
