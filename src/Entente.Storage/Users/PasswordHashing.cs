using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Entente.Storage.Users;

/// <summary>
/// Password hashes as Entente stores them: PBKDF2 with HMAC-SHA-512, a random 16-byte salt and a 32-byte key, written
/// <c>pbkdf2-sha512$ITERATIONS$SALT$KEY</c> (base64). The iteration count travels with the hash, so that it can be
/// raised later without invalidating stored passwords.
/// </summary>
public static class PasswordHashing
{
    /// <summary>Iterations for new hashes: OWASP's figure for PBKDF2-HMAC-SHA-512 (2023).</summary>
    public const int DefaultIterations = 210_000;

    /// <summary>The shortest password accepted.</summary>
    public const int MinimumLength = 12;

    private const string Scheme = "pbkdf2-sha512";
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;

    /// <summary>Hashes a password with a fresh salt.</summary>
    /// <param name="password">At least <see cref="MinimumLength"/> characters.</param>
    /// <param name="iterations">PBKDF2 iterations (tests may use fewer; never below 1,000).</param>
    /// <returns>The encoded hash.</returns>
    /// <exception cref="ArgumentException">The password is too short.</exception>
    public static string Hash(string password, int iterations = DefaultIterations)
    {
        RequireAcceptable(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1_000);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA512, KeyBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}");
    }

    /// <summary>Whether a password matches a stored hash; false for a hash that cannot be read.</summary>
    /// <param name="password">The password given.</param>
    /// <param name="encoded">The stored hash.</param>
    /// <returns>True when they match.</returns>
    public static bool Verify(string? password, string? encoded)
    {
        if (password is null || encoded is null)
        {
            return false;
        }

        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1_000)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA512, expected.Length);
            return expected.Length == KeyBytes && CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Throws when a password is not acceptable for a new hash.</summary>
    /// <param name="password">The candidate.</param>
    /// <exception cref="ArgumentException">It is null, too short, or only white space.</exception>
    public static void RequireAcceptable(string? password)
    {
        if (password is null || password.Length < MinimumLength || string.IsNullOrWhiteSpace(password))
        {
            throw new ArgumentException($"A password needs at least {MinimumLength} characters.", nameof(password));
        }
    }

    /// <summary>A random password of 20 characters from an unambiguous alphabet, for new accounts and resets.</summary>
    /// <returns>The password.</returns>
    public static string Generate() => RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
