namespace Entente.Core.Identity;

/// <summary>The kebab-case names of <see cref="Role"/> used in files, APIs and the command line.</summary>
public static class Roles
{
    private static readonly Dictionary<Role, string> Names = new()
    {
        [Role.WatchOfficer] = "watch-officer",
        [Role.SarMissionCoordinator] = "sar-mission-coordinator",
        [Role.LiaisonOfficer] = "liaison-officer",
        [Role.Analyst] = "analyst",
        [Role.Administrator] = "administrator",
        [Role.FeedClient] = "feed-client",
    };

    private static readonly Dictionary<string, Role> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every role, in declaration order.</summary>
    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    /// <summary>The name of a role, e.g. "watch-officer".</summary>
    /// <param name="role">The role.</param>
    /// <returns>The kebab-case name.</returns>
    public static string ToName(Role role) =>
        Names.TryGetValue(role, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role.");

    /// <summary>The role of a name, or null when there is none.</summary>
    /// <param name="name">A kebab-case name.</param>
    /// <returns>The role, or null.</returns>
    public static Role? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var role) ? role : null;
}
