using Entente.Storage.Users;

namespace Entente.Storage.Tests;

public sealed class PasswordHashingTests
{
    [Fact]
    public void Hash_ThenVerify_AcceptsThePasswordOnly()
    {
        var hash = PasswordHashing.Hash("correct horse battery", iterations: 1_000);

        Assert.StartsWith("pbkdf2-sha512$1000$", hash, StringComparison.Ordinal);
        Assert.True(PasswordHashing.Verify("correct horse battery", hash));
        Assert.False(PasswordHashing.Verify("correct horse batterY", hash));
        Assert.False(PasswordHashing.Verify(null, hash));
        Assert.NotEqual(hash, PasswordHashing.Hash("correct horse battery", iterations: 1_000)); // a fresh salt each time
    }

    [Fact]
    public void Hash_DefaultIterations_AreWrittenIntoTheHash()
    {
        var hash = PasswordHashing.Hash("correct horse battery");
        Assert.Equal(PasswordHashing.DefaultIterations.ToString(System.Globalization.CultureInfo.InvariantCulture), hash.Split('$')[1]);
        Assert.True(PasswordHashing.Verify("correct horse battery", hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2-sha512$1000$$")]
    [InlineData("pbkdf2-sha512$10$c2FsdA==$a2V5")]
    [InlineData("pbkdf2-sha512$1000$not base64$a2V5")]
    [InlineData("md5$1000$c2FsdA==$a2V5")]
    [InlineData("pbkdf2-sha512$1000$c2FsdA==")]
    public void Verify_UnreadableHash_IsFalse(string hash) => Assert.False(PasswordHashing.Verify("correct horse battery", hash));

    [Theory]
    [InlineData("short")]
    [InlineData("            ")]
    public void Hash_UnacceptablePassword_Throws(string password) =>
        Assert.Throws<ArgumentException>(() => PasswordHashing.Hash(password, iterations: 1_000));

    [Fact]
    public void Generate_GivesLongDistinctAcceptablePasswords()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => PasswordHashing.Generate()).ToList();
        Assert.All(passwords, p => Assert.Equal(20, p.Length));
        Assert.Equal(50, passwords.Distinct().Count());
        PasswordHashing.RequireAcceptable(passwords[0]);
    }
}
