using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Storage.Users;

namespace Entente.Storage.Tests;

/// <summary>Users and tokens on every engine.</summary>
public abstract partial class DatabaseConformanceTests
{
    [Fact]
    public async Task Users_CreateFindList_RoundTripEveryField()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var fr = User("fr.watch", "fr-cross-gris-nez", Role.WatchOfficer, Role.SarMissionCoordinator) with { PasswordHash = "pbkdf2-sha512$1000$c2FsdA==$a2V5" };
        var uk = User("uk.analyst", "uk-hmcg", Role.Analyst) with { Disabled = true };

        Assert.True(await db.Users.CreateAsync(uk, ct));
        Assert.True(await db.Users.CreateAsync(fr, ct));
        Assert.False(await db.Users.CreateAsync(fr with { DisplayName = "Another" }, ct));

        Assert.Equal(fr, await db.Users.FindAsync(fr.Name, ct));
        Assert.Null(await db.Users.FindAsync(UserName.Parse("nobody"), ct));
        Assert.Equal([fr, uk], await db.Users.ListAsync(ct));
    }

    [Fact]
    public async Task Users_PasswordAndDisabled_AreChangedInPlace()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var user = User("uk.watch", "uk-hmcg", Role.WatchOfficer);
        await db.Users.CreateAsync(user, ct);

        Assert.True(await db.Users.SetPasswordHashAsync(user.Name, "new-hash", ct));
        Assert.True(await db.Users.SetDisabledAsync(user.Name, true, ct));
        Assert.False(await db.Users.SetPasswordHashAsync(UserName.Parse("nobody"), "x", ct));

        Assert.Equal(user with { PasswordHash = "new-hash", Disabled = true }, await db.Users.FindAsync(user.Name, ct));
    }

    [Fact]
    public async Task Tokens_IssueAuthenticateRevoke_FollowTheTokensLife()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var feed = User("radar-gris-nez", "fr-cross-gris-nez", Role.FeedClient);
        await db.Users.CreateAsync(feed, ct);
        var now = Night;

        var issued = await db.Users.IssueTokenAsync(feed.Name, "radar feed", now, now.AddDays(30), ct);
        var other = await db.Users.IssueTokenAsync(feed.Name, "spare", now, null, ct);

        Assert.NotNull(issued);
        Assert.StartsWith("ent_", issued.Secret, StringComparison.Ordinal);
        Assert.NotEqual(issued.Secret, other!.Secret);
        var found = await db.Users.AuthenticateTokenAsync(issued.Secret, now.AddDays(1), ct);
        Assert.Equal((feed, issued.Token), found);
        Assert.Null(await db.Users.AuthenticateTokenAsync(issued.Secret, now.AddDays(30), ct)); // expired
        Assert.Null(await db.Users.AuthenticateTokenAsync(issued.Secret + "x", now, ct));
        Assert.Null(await db.Users.AuthenticateTokenAsync("", now, ct));
        Assert.Null(await db.Users.IssueTokenAsync(UserName.Parse("nobody"), "x", now, null, ct));

        Assert.True(await db.Users.RevokeTokenAsync(other.Token.Id, now.AddHours(1), ct));
        Assert.False(await db.Users.RevokeTokenAsync(other.Token.Id, now.AddHours(2), ct));
        Assert.Null(await db.Users.AuthenticateTokenAsync(other.Secret, now.AddHours(1), ct));
        Assert.Equal([issued.Token, other.Token with { RevokedAt = now.AddHours(1) }], await db.Users.ListTokensAsync(feed.Name, ct));

        await db.Users.SetDisabledAsync(feed.Name, true, ct);
        Assert.Null(await db.Users.AuthenticateTokenAsync(issued.Secret, now, ct));
    }

    [Fact]
    public async Task Users_Invalid_AreRefusedBeforeTheDatabase()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var user = User("fr.liaison", "fr-liaison", Role.LiaisonOfficer);
        await Assert.ThrowsAsync<ArgumentException>(() => db.Users.CreateAsync(user with { Roles = [] }, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Users.CreateAsync(user with { Roles = [Role.Analyst, Role.Analyst] }, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Users.CreateAsync(user with { DisplayName = " " }, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Users.CreateAsync(user with { Name = default }, ct));
        await db.Users.CreateAsync(user, ct);
        await Assert.ThrowsAsync<ArgumentException>(() => db.Users.IssueTokenAsync(user.Name, "x", Night, Night, ct));
        Assert.Empty(await db.Users.ListTokensAsync(null, ct));
    }

    private static UserAccount User(string name, string agency, params Role[] roles) =>
        new(UserName.Parse(name), "Name of " + name, AgencyId.Parse(agency), roles, null, Night, false);
}
