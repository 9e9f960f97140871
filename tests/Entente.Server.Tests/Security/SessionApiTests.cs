using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Entente.Core.Identity;
using Entente.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests.Security;

/// <summary>Signing in with the demo users, and bearer tokens.</summary>
public sealed class SessionApiTests(EntenteFactory factory) : IClassFixture<EntenteFactory>
{
    private string DemoPassword => File.ReadAllText(Path.Combine(factory.DataDirectory, "demo-users.txt")).Trim();

    [Fact]
    public async Task SignIn_WithTheDemoPassword_SetsAStrictHttpOnlyCookie_AndTheSessionSaysWhoAndWhat()
    {
        using var client = factory.AnonymousClient();
        var ct = TestContext.Current.CancellationToken;

        using var response = await client.PostAsJsonAsync("/api/session", new { name = "fr.watch", password = DemoPassword }, ct);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        using var who = await client.GetAsync(new Uri("/api/session", UriKind.Relative), ct);
        var session = await who.Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("entente.session=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("fr.watch", session.GetProperty("name").GetString());
        Assert.Equal("fr-cross-gris-nez", session.GetProperty("agency").GetString());
        Assert.Equal("FR", session.GetProperty("nation").GetString());
        Assert.Equal(["watch-officer", "sar-mission-coordinator"], session.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        using var signOut = await client.DeleteAsync(new Uri("/api/session", UriKind.Relative), ct);
        using var after = await client.GetAsync(new Uri("/api/session", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [InlineData("fr.watch", "not the password")]
    [InlineData("nobody", "whatever it is")]
    [InlineData("Not A Name", "whatever it is")]
    public async Task SignIn_Wrong_Is401AndAudited(string name, string password)
    {
        using var client = factory.AnonymousClient();
        var ct = TestContext.Current.CancellationToken;
        var database = factory.Services.GetRequiredService<IDatabase>();
        var before = (await database.Audit.VerifyAsync(ct)).Entries;

        using var response = await client.PostAsJsonAsync("/api/session", new { name, password }, ct);
        using var who = await client.GetAsync(new Uri("/api/session", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, who.StatusCode);
        var entries = await database.Audit.ReadAsync(before, 100, ct);
        Assert.Contains(entries, e => e.Action == "session.refused");
    }

    [Fact]
    public async Task SignIn_DisabledUser_IsRefused_AndTheirSessionEnds()
    {
        using var client = factory.AnonymousClient();
        var ct = TestContext.Current.CancellationToken;
        var database = factory.Services.GetRequiredService<IDatabase>();
        using var signIn = await client.PostAsJsonAsync("/api/session", new { name = "fr.navy", password = DemoPassword }, ct);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        await database.Users.SetDisabledAsync(UserName.Parse("fr.navy"), true, ct);
        try
        {
            using var who = await client.GetAsync(new Uri("/api/session", UriKind.Relative), ct);
            using var again = await client.PostAsJsonAsync("/api/session", new { name = "fr.navy", password = DemoPassword }, ct);
            Assert.Equal(HttpStatusCode.Unauthorized, who.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        }
        finally
        {
            await database.Users.SetDisabledAsync(UserName.Parse("fr.navy"), false, ct);
        }
    }

    [Fact]
    public async Task BearerToken_AuthenticatesUntilRevoked()
    {
        using var client = factory.AnonymousClient();
        var ct = TestContext.Current.CancellationToken;
        var database = factory.Services.GetRequiredService<IDatabase>();
        var issued = await database.Users.IssueTokenAsync(UserName.Parse("uk.analyst"), "test", DateTimeOffset.UtcNow, null, ct);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued!.Secret);
        using var who = await client.GetAsync(new Uri("/api/session", UriKind.Relative), ct);
        var session = await who.Content.ReadFromJsonAsync<JsonElement>(ct);
        await database.Users.RevokeTokenAsync(issued.Token.Id, DateTimeOffset.UtcNow, ct);
        using var revoked = await client.GetAsync(new Uri("/api/session", UriKind.Relative), ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ent_guessed");
        using var guessed = await client.GetAsync(new Uri("/api/session", UriKind.Relative), ct);

        Assert.Equal("uk.analyst", session.GetProperty("name").GetString());
        Assert.Equal(["analyst"], session.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
    }

    [Fact]
    public async Task DemoUsers_OnePerAgencyAtLeast_SharingOneLoggedPassword()
    {
        var database = factory.Services.GetRequiredService<IDatabase>();
        _ = factory.CreateClient();
        var users = await database.Users.ListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Core.Sharing.Agencies.All.Select(a => a.Id).Order(), users.Select(u => u.Agency).Distinct().Order());
        Assert.Contains(users, u => u.Name.Value == "uk.analyst" && u.Roles.SequenceEqual([Role.Analyst]));
        Assert.All(users, u => Assert.True(Storage.Users.PasswordHashing.Verify(DemoPassword, u.PasswordHash)));
    }
}
