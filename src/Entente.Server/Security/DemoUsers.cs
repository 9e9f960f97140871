using System.Globalization;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Storage;
using Entente.Storage.Audit;
using Entente.Storage.Users;

namespace Entente.Server.Security;

/// <summary>
/// The demo's users, one or two per agency, made on a first run with the simulated feed when nobody has been created
/// yet (<c>Security:DemoUsers</c> true or false overrides). They share one generated password, kept in
/// <c>demo-users.txt</c> beside the database (readable by its owner only) and logged at every start, so that the
/// quick start can sign in; a real deployment creates its users with <c>entente users add</c>.
/// </summary>
internal static class DemoUsers
{
    /// <summary>The accounts: name, agency, roles, display name.</summary>
    public static IReadOnlyList<(string Name, Agency Agency, Role[] Roles, string DisplayName)> Accounts { get; } =
    [
        ("uk.watch", Agencies.HmCoastguard, [Role.WatchOfficer, Role.SarMissionCoordinator], "UK watch officer (HMCG Dover)"),
        ("uk.analyst", Agencies.HmCoastguard, [Role.Analyst], "UK analyst (HMCG Dover)"),
        ("uk.borderforce", Agencies.UkBorderForce, [Role.WatchOfficer], "UK Border Force officer"),
        ("uk.liaison", Agencies.UkLiaison, [Role.LiaisonOfficer], "UK liaison officer"),
        ("fr.watch", Agencies.CrossGrisNez, [Role.WatchOfficer, Role.SarMissionCoordinator], "Officier de quart (CROSS Gris-Nez)"),
        ("fr.navy", Agencies.PrefectureMaritime, [Role.WatchOfficer], "Officier (Préfecture maritime)"),
        ("fr.gendarmerie", Agencies.GendarmeriePaf, [Role.WatchOfficer], "Gendarmerie / PAF"),
        ("fr.liaison", Agencies.FrLiaison, [Role.LiaisonOfficer], "Officier de liaison"),
        ("fr.analyst", Agencies.CrossGrisNez, [Role.Analyst], "Analyste (CROSS Gris-Nez)"),
    ];

    /// <summary>The file holding the demo password.</summary>
    public const string FileName = "demo-users.txt";

    /// <summary>Makes the demo users when wanted and none exist; returns the password to log, or null when there is no demo.</summary>
    /// <param name="database">The migrated database.</param>
    /// <param name="storage">Where the database lives (the password file goes beside it).</param>
    /// <param name="wanted">Whether demo users are wanted.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The demo password, or null.</returns>
    public static async Task<string?> EnsureAsync(IDatabase database, StorageOptions storage, bool wanted, TimeProvider clock, CancellationToken cancellationToken)
    {
        var file = Path.Combine(storage.ResolveDataDirectory(), FileName);
        if (!wanted)
        {
            return null;
        }

        if ((await database.Users.ListAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            // Made on an earlier run: the password is in its file (unless someone removed it).
            return File.Exists(file) ? (await File.ReadAllLinesAsync(file, cancellationToken).ConfigureAwait(false)).FirstOrDefault() : null;
        }

        var password = PasswordHashing.Generate();
        // One hash for all: they share the password anyway, and the first start stays quick.
        var hash = PasswordHashing.Hash(password);
        var now = clock.GetUtcNow();
        foreach (var (name, agency, roles, display) in Accounts)
        {
            var account = new UserAccount(UserName.Parse(name), display, agency.Id, roles, hash, now, false);
            if (await database.Users.CreateAsync(account, cancellationToken).ConfigureAwait(false))
            {
                await database.Audit.AppendAsync([new NewAuditEntry(now, "entente", "entente", "user.create", name,
                    string.Create(CultureInfo.InvariantCulture, $"demo user; {agency.Id}; {string.Join(",", roles.Select(Roles.ToName))}"))], cancellationToken).ConfigureAwait(false);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, password + "\n", cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return password;
    }
}
