using Entente.Core.Identifiers;
using Entente.Core.Identity;

namespace Entente.Storage.Users;

/// <summary>A user as stored: who, of which agency, in which roles, and the hash of their password.</summary>
/// <param name="Name">The login name.</param>
/// <param name="DisplayName">The name people read.</param>
/// <param name="Agency">The agency the user belongs to.</param>
/// <param name="Roles">The roles held, in declaration order, without repeats.</param>
/// <param name="PasswordHash">The password hash (<see cref="PasswordHashing"/>), or null for an account that signs in by token only.</param>
/// <param name="CreatedAt">When the account was created, UTC.</param>
/// <param name="Disabled">Whether the account is disabled (it can neither sign in nor use its tokens).</param>
public sealed record UserAccount(UserName Name, string DisplayName, AgencyId Agency, IReadOnlyList<Role> Roles, string? PasswordHash,
    DateTimeOffset CreatedAt, bool Disabled)
{
    /// <summary>Whether the user holds a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>True when held.</returns>
    public bool Has(Role role) => Roles.Contains(role);

    /// <inheritdoc />
    public bool Equals(UserAccount? other) =>
        other is not null && Name == other.Name && DisplayName == other.DisplayName && Agency == other.Agency && Roles.SequenceEqual(other.Roles) &&
        PasswordHash == other.PasswordHash && CreatedAt == other.CreatedAt && Disabled == other.Disabled;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Agency, CreatedAt);
}
