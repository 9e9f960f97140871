using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Core.Time;
using Entente.Storage.Events;

namespace Entente.Storage.Users;

/// <summary>Users and tokens over any ADO.NET engine; SQL is common to SQLite and PostgreSQL.</summary>
internal sealed class AdoUserStore(AdoDatabase database, SqlDialect dialect) : IUserStore
{
    private const string UserColumns = "u.name, u.display_name, u.agency, u.roles, u.password_hash, u.created_at, u.disabled";
    private const string TokenColumns = "t.id, t.user_name, t.label, t.created_at, t.expires_at, t.revoked_at";

    public async Task<bool> CreateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        Require(user);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO users (name, display_name, agency, roles, password_hash, created_at, disabled)
            VALUES (@name, @display, @agency, @roles, @hash, @created, @disabled) ON CONFLICT (name) DO NOTHING
            """;
        AdoDatabase.AddParameter(command, "name", user.Name.Value);
        AdoDatabase.AddParameter(command, "display", user.DisplayName);
        AdoDatabase.AddParameter(command, "agency", user.Agency.Code);
        AdoDatabase.AddParameter(command, "roles", string.Join(',', user.Roles.Select(Roles.ToName)));
        AdoDatabase.AddParameter(command, "hash", user.PasswordHash);
        AdoDatabase.AddParameter(command, "created", dialect.ToDbTime(user.CreatedAt));
        AdoDatabase.AddParameter(command, "disabled", user.Disabled ? 1 : 0);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<UserAccount?> FindAsync(UserName name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {UserColumns} FROM users u WHERE u.name = @name";
        AdoDatabase.AddParameter(command, "name", name.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadUser(reader, 0) : null;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {UserColumns} FROM users u";
        var users = new List<UserAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(ReadUser(reader, 0));
        }

        // Sorted here so that the order is the same whatever collation the database has.
        users.Sort((a, b) => a.Name.CompareTo(b.Name));
        return users;
    }

    public Task<bool> SetPasswordHashAsync(UserName name, string passwordHash, CancellationToken cancellationToken)
    {
        EventText.RequireName(passwordHash, nameof(passwordHash));
        return UpdateUserAsync("UPDATE users SET password_hash = @value WHERE name = @name", name, passwordHash, cancellationToken);
    }

    public Task<bool> SetDisabledAsync(UserName name, bool disabled, CancellationToken cancellationToken) =>
        UpdateUserAsync("UPDATE users SET disabled = @value WHERE name = @name", name, disabled ? 1 : 0, cancellationToken);

    public async Task<IssuedToken?> IssueTokenAsync(UserName name, string label, DateTimeOffset now, DateTimeOffset? expiresAt,
        CancellationToken cancellationToken)
    {
        EventText.RequireStorable(label, nameof(label));
        now = Microseconds(UtcTime.Require(now, nameof(now)));
        expiresAt = expiresAt is { } e ? Microseconds(UtcTime.Require(e, nameof(expiresAt))) : null;
        if (expiresAt <= now)
        {
            throw new ArgumentException("A token must expire after it is issued.", nameof(expiresAt));
        }

        // 32 random bytes: a secret nobody guesses, so a fast hash (not a password hash) is enough to store it.
        var secret = "ent_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO api_tokens (user_name, token_hash, label, created_at, expires_at)
            SELECT name, @hash, @label, @created, @expires FROM users WHERE name = @name
            RETURNING id
            """;
        AdoDatabase.AddParameter(command, "name", name.Value);
        AdoDatabase.AddParameter(command, "hash", SecretHash(secret));
        AdoDatabase.AddParameter(command, "label", label);
        AdoDatabase.AddParameter(command, "created", dialect.ToDbTime(now));
        AdoDatabase.AddParameter(command, "expires", expiresAt is { } x ? dialect.ToDbTime(x) : null);
        var id = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return id is null or DBNull
            ? null
            : new IssuedToken(new ApiToken(Convert.ToInt64(id, CultureInfo.InvariantCulture), name, label, now, expiresAt, null), secret);
    }

    public async Task<(UserAccount User, ApiToken Token)?> AuthenticateTokenAsync(string secret, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 200)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {UserColumns}, {TokenColumns} FROM api_tokens t JOIN users u ON u.name = t.user_name WHERE t.token_hash = @hash";
        AdoDatabase.AddParameter(command, "hash", SecretHash(secret));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var user = ReadUser(reader, 0);
        var token = ReadToken(reader, 7);
        return !user.Disabled && token.IsValidAt(now) ? (user, token) : null;
    }

    public async Task<bool> RevokeTokenAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_tokens SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL";
        AdoDatabase.AddParameter(command, "id", id);
        AdoDatabase.AddParameter(command, "now", dialect.ToDbTime(Microseconds(UtcTime.Require(now, nameof(now)))));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<ApiToken>> ListTokensAsync(UserName? name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {TokenColumns} FROM api_tokens t {(name is null ? "" : "WHERE t.user_name = @name")} ORDER BY t.id";
        if (name is { } only)
        {
            AdoDatabase.AddParameter(command, "name", only.Value);
        }

        var tokens = new List<ApiToken>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tokens.Add(ReadToken(reader, 0));
        }

        return tokens;
    }

    private static string SecretHash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static DateTimeOffset Microseconds(DateTimeOffset time) => time.AddTicks(-(time.UtcTicks % TimeSpan.TicksPerMicrosecond));

    private static void Require(UserAccount user)
    {
        if (user.Name == default || user.Agency == default)
        {
            throw new ArgumentException("A user needs a name and an agency.", nameof(user));
        }

        EventText.RequireName(user.DisplayName, nameof(user));
        if (user.Roles.Count == 0 || user.Roles.Distinct().Count() != user.Roles.Count || user.Roles.Any(r => !Enum.IsDefined(r)))
        {
            throw new ArgumentException("A user needs at least one role, each once.", nameof(user));
        }

        UtcTime.Require(user.CreatedAt, nameof(user));
        if (user.PasswordHash is { } hash)
        {
            EventText.RequireName(hash, nameof(user));
        }
    }

    private async Task<bool> UpdateUserAsync(string sql, UserName name, object value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AdoDatabase.AddParameter(command, "name", name.Value);
        AdoDatabase.AddParameter(command, "value", value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private UserAccount ReadUser(DbDataReader reader, int at)
    {
        var roles = reader.GetString(at + 3).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => Roles.Parse(r) ?? throw new InvalidDataException($"Stored role '{r}' is unknown."))
            .OrderBy(r => r).ToList();
        return new UserAccount(UserName.Parse(reader.GetString(at)), reader.GetString(at + 1), AgencyId.Parse(reader.GetString(at + 2)), roles,
            reader.IsDBNull(at + 4) ? null : reader.GetString(at + 4), dialect.FromDbTime(reader, at + 5),
            Convert.ToInt32(reader.GetValue(at + 6), CultureInfo.InvariantCulture) != 0);
    }

    private ApiToken ReadToken(DbDataReader reader, int at) =>
        new(reader.GetInt64(at), UserName.Parse(reader.GetString(at + 1)), reader.GetString(at + 2), dialect.FromDbTime(reader, at + 3),
            reader.IsDBNull(at + 4) ? null : dialect.FromDbTime(reader, at + 4), reader.IsDBNull(at + 5) ? null : dialect.FromDbTime(reader, at + 5));
}
