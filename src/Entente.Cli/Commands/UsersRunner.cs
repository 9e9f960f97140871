using System.Globalization;
using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Storage;
using Entente.Storage.Audit;
using Entente.Storage.Users;

namespace Entente.Cli.Commands;

/// <summary>The work of <c>entente users</c>: each change is made, then recorded in the audit log.</summary>
internal sealed class UsersRunner(StorageOptions storage, TimeProvider clock, TextWriter output)
{
    // Who the audit log names for changes made here: the local account running the command.
    private static readonly string Actor = "cli:" + new string([.. Environment.UserName.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);

    public async Task<int> AddAsync(string nameText, string agencyText, IReadOnlyList<string> roleTexts, string? displayName, string? password, bool noPassword,
        CancellationToken cancellationToken)
    {
        var name = ParseName(nameText);
        var agency = AgencyId.TryParse(agencyText, out var id) && Agencies.Find(id) is { } known
            ? known
            : throw new CommandInputException($"--agency: '{agencyText}' is not an agency; use one of {string.Join(", ", Agencies.All.Select(a => a.Id.Code))}.");
        var roles = roleTexts.Select(r => Roles.Parse(r) ?? throw new CommandInputException(
            $"--role: '{r}' is not a role; use {string.Join(", ", Roles.All.Select(Roles.ToName))}.")).Distinct().Order().ToList();
        var generated = password is null && !noPassword ? PasswordHashing.Generate() : null;
        var hash = noPassword ? null : Hash(password ?? generated!);
        var user = new UserAccount(name, string.IsNullOrWhiteSpace(displayName) ? name.Value : displayName.Trim(), agency.Id, roles, hash, clock.GetUtcNow(), false);

        await using var database = await OpenAsync(cancellationToken);
        if (!await database.Users.CreateAsync(user, cancellationToken))
        {
            throw new CommandInputException($"A user named '{name}' exists already.");
        }

        await AuditAsync(database, "user.create", name.Value, $"{agency.Id}; {string.Join(",", roles.Select(Roles.ToName))}", cancellationToken);
        await output.WriteLineAsync($"Created {name} ({agency.Name}; {string.Join(", ", roles.Select(Roles.ToName))}).");
        if (generated is not null)
        {
            await output.WriteLineAsync($"Password (shown once): {generated}");
        }

        return 0;
    }

    public async Task<int> ResetPasswordAsync(string nameText, string? password, CancellationToken cancellationToken)
    {
        var name = ParseName(nameText);
        var generated = password is null ? PasswordHashing.Generate() : null;
        var hash = Hash(password ?? generated!);
        await using var database = await OpenAsync(cancellationToken);
        if (!await database.Users.SetPasswordHashAsync(name, hash, cancellationToken))
        {
            throw new CommandInputException($"There is no user named '{name}'.");
        }

        await AuditAsync(database, "user.password", name.Value, "", cancellationToken);
        await output.WriteLineAsync(generated is null ? $"Password of {name} changed." : $"Password of {name} reset. New password (shown once): {generated}");
        return 0;
    }

    public async Task<int> SetDisabledAsync(string nameText, bool disabled, CancellationToken cancellationToken)
    {
        var name = ParseName(nameText);
        await using var database = await OpenAsync(cancellationToken);
        if (!await database.Users.SetDisabledAsync(name, disabled, cancellationToken))
        {
            throw new CommandInputException($"There is no user named '{name}'.");
        }

        await AuditAsync(database, disabled ? "user.disable" : "user.enable", name.Value, "", cancellationToken);
        await output.WriteLineAsync($"{name} {(disabled ? "disabled" : "enabled")}.");
        return 0;
    }

    public async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        await using var database = await OpenAsync(cancellationToken);
        foreach (var user in await database.Users.ListAsync(cancellationToken))
        {
            await output.WriteLineAsync(string.Join('\t', user.Name.Value, user.Agency.Code, string.Join(",", user.Roles.Select(Roles.ToName)),
                user.PasswordHash is null ? "token only" : "password", user.Disabled ? "disabled" : "enabled", user.DisplayName));
        }

        return 0;
    }

    public async Task<int> IssueTokenAsync(string nameText, string label, int? days, CancellationToken cancellationToken)
    {
        var name = ParseName(nameText);
        if (days is < 1 or > 3650)
        {
            throw new CommandInputException("--expires-days: give 1 to 3650 days.");
        }

        var now = clock.GetUtcNow();
        await using var database = await OpenAsync(cancellationToken);
        var issued = await database.Users.IssueTokenAsync(name, label, now, days is { } d ? now.AddDays(d) : null, cancellationToken)
                     ?? throw new CommandInputException($"There is no user named '{name}'.");
        await AuditAsync(database, "token.issue", name.Value, string.Create(CultureInfo.InvariantCulture, $"token {issued.Token.Id}: {label}"), cancellationToken);
        var expiry = issued.Token.ExpiresAt is { } at ? at.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "never";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Token {issued.Token.Id} for {name}, expires {expiry}. Secret (shown once):"));
        await output.WriteLineAsync(issued.Secret);
        return 0;
    }

    public async Task<int> RevokeTokenAsync(long id, CancellationToken cancellationToken)
    {
        await using var database = await OpenAsync(cancellationToken);
        if (!await database.Users.RevokeTokenAsync(id, clock.GetUtcNow(), cancellationToken))
        {
            throw new CommandInputException(string.Create(CultureInfo.InvariantCulture, $"There is no token {id}, or it is revoked already."));
        }

        await AuditAsync(database, "token.revoke", string.Create(CultureInfo.InvariantCulture, $"token {id}"), "", cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Token {id} revoked."));
        return 0;
    }

    public async Task<int> ListTokensAsync(string? nameText, CancellationToken cancellationToken)
    {
        UserName? name = nameText is null ? null : ParseName(nameText);
        await using var database = await OpenAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var token in await database.Users.ListTokensAsync(name, cancellationToken))
        {
            var state = token.RevokedAt is not null ? "revoked" : token.IsValidAt(now) ? "valid" : "expired";
            await output.WriteLineAsync(string.Join('\t', token.Id.ToString(CultureInfo.InvariantCulture), token.User.Value, state,
                token.CreatedAt.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture),
                token.ExpiresAt?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "never", token.Label));
        }

        return 0;
    }

    private static UserName ParseName(string text) =>
        UserName.TryParse(text, out var name) ? name : throw new CommandInputException(
            $"'{text}' is not a user name: use 1 to 64 lower-case letters, digits, '-', '_' or '.', starting and ending with a letter or digit.");

    private static string Hash(string password)
    {
        try
        {
            return PasswordHashing.Hash(password);
        }
        catch (ArgumentException ex)
        {
            throw new CommandInputException(SimCommands.OneLine(ex.Message), ex);
        }
    }

    private async Task<IDatabase> OpenAsync(CancellationToken cancellationToken)
    {
        var database = StatsDatabase.Open(storage, clock);
        await database.MigrateAsync(cancellationToken);
        return database;
    }

    private async Task AuditAsync(IDatabase database, string action, string target, string detail, CancellationToken cancellationToken) =>
        await database.Audit.AppendAsync([new NewAuditEntry(clock.GetUtcNow(), Actor, "entente", action, target, detail)], cancellationToken);
}
