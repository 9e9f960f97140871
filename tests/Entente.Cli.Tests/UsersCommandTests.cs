using System.Text;
using Entente.Core.Identity;
using Entente.Storage;
using Entente.Storage.Users;
using Entente.Testing;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-users-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Add_WithGeneratedPassword_StoresItsHashAndPrintsItOnce()
    {
        var (exit, output, error) = await RunAsync("users", "add", "fr.watch", "--agency", "fr-cross-gris-nez", "--role", "watch-officer",
            "--role", "sar-mission-coordinator", "--display-name", "Officier de quart");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var lines = output.Trim().Split('\n');
        Assert.Equal("Created fr.watch (CROSS Gris-Nez; watch-officer, sar-mission-coordinator).", lines[0]);
        var password = lines[1]["Password (shown once): ".Length..].Trim();
        var user = await FindAsync("fr.watch");
        Assert.Equal([Role.WatchOfficer, Role.SarMissionCoordinator], user!.Roles);
        Assert.Equal("Officier de quart", user.DisplayName);
        Assert.True(PasswordHashing.Verify(password, user.PasswordHash));
        Assert.DoesNotContain(password, user.PasswordHash!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passwd_FromStdin_ReplacesTheHash_AndEveryChangeIsAudited()
    {
        await RunAsync("users", "add", "uk.analyst", "--agency", "uk-hmcg", "--role", "analyst");

        var (exit, output, _) = await RunWithInputAsync("correct horse battery staple\n", "users", "passwd", "uk.analyst", "--password-stdin");
        await RunAsync("users", "disable", "uk.analyst");

        Assert.Equal(0, exit);
        Assert.Equal("Password of uk.analyst changed.", output.Trim());
        var user = await FindAsync("uk.analyst");
        Assert.True(PasswordHashing.Verify("correct horse battery staple", user!.PasswordHash));
        Assert.True(user.Disabled);
        await using var db = Open();
        var audit = await db.Audit.ReadAsync(0, 10, TestContext.Current.CancellationToken);
        Assert.Equal(["user.create", "user.password", "user.disable"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("uk.analyst", a.Target));
        Assert.True((await db.Audit.VerifyAsync(TestContext.Current.CancellationToken)).Intact);
    }

    [Fact]
    public async Task Token_IssueListRevoke_TheSecretWorksUntilRevoked()
    {
        await RunAsync("users", "add", "radar-gris-nez", "--agency", "fr-cross-gris-nez", "--role", "feed-client", "--no-password");

        var (exit, output, _) = await RunAsync("users", "token", "issue", "radar-gris-nez", "--label", "radar feed", "--expires-days", "30");
        var secret = output.Trim().Split('\n')[^1].Trim();
        var ct = TestContext.Current.CancellationToken;
        await using (var db = Open())
        {
            Assert.NotNull(await db.Users.AuthenticateTokenAsync(secret, DateTimeOffset.UtcNow, ct));
        }

        var (_, list, _) = await RunAsync("users", "token", "list", "radar-gris-nez");
        var (revoked, revokeOutput, _) = await RunAsync("users", "token", "revoke", "1");
        var (again, _, againError) = await RunAsync("users", "token", "revoke", "1");

        Assert.Equal(0, exit);
        Assert.StartsWith("ent_", secret, StringComparison.Ordinal);
        Assert.StartsWith("1\tradar-gris-nez\tvalid\t", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Equal((0, "Token 1 revoked."), (revoked, revokeOutput.Trim()));
        Assert.Equal(2, again);
        Assert.Contains("revoked already", againError, StringComparison.Ordinal);
        await using (var db = Open())
        {
            Assert.Null(await db.Users.AuthenticateTokenAsync(secret, DateTimeOffset.UtcNow, ct));
            Assert.Null((await db.Users.FindAsync(UserName.Parse("radar-gris-nez"), ct))!.PasswordHash);
        }
    }

    [Theory]
    [InlineData("users", "add", "Bad Name", "--agency", "uk-hmcg", "--role", "analyst")]
    [InlineData("users", "add", "x.y", "--agency", "nato", "--role", "analyst")]
    [InlineData("users", "add", "x.y", "--agency", "uk-hmcg", "--role", "admiral")]
    [InlineData("users", "passwd", "nobody")]
    [InlineData("users", "token", "issue", "nobody")]
    [InlineData("users", "token", "revoke", "99")]
    public async Task BadInput_Exit2_WithOneLine(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("entente: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ShortPasswordOrExistingName_IsRefused()
    {
        var (shortExit, _, shortError) = await RunWithInputAsync("tiny\n", "users", "add", "a.b", "--agency", "uk-hmcg", "--role", "analyst", "--password-stdin");
        await RunAsync("users", "add", "a.b", "--agency", "uk-hmcg", "--role", "analyst");
        var (twiceExit, _, twiceError) = await RunAsync("users", "add", "a.b", "--agency", "fr-liaison", "--role", "liaison-officer");

        Assert.Equal(2, shortExit);
        Assert.Contains("at least 12 characters", shortError, StringComparison.Ordinal);
        Assert.Equal(2, twiceExit);
        Assert.Contains("exists already", twiceError, StringComparison.Ordinal);
        Assert.Equal("uk-hmcg", (await FindAsync("a.b"))!.Agency.Code);
    }

    private IDatabase Open() => DatabaseFactory.Create(new StorageOptions { DataDirectory = _directory }, new ManualTimeProvider(DateTimeOffset.UtcNow));

    private async Task<UserAccount?> FindAsync(string name)
    {
        await using var db = Open();
        return await db.Users.FindAsync(UserName.Parse(name), TestContext.Current.CancellationToken);
    }

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    private async Task<(int Exit, string Out, string Err)> RunWithInputAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync([.. args, "--data-dir", _directory], output, error,
            new CliStreams(() => new MemoryStream(Encoding.UTF8.GetBytes(input)), null), TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
