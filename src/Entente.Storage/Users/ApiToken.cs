using Entente.Core.Identity;

namespace Entente.Storage.Users;

/// <summary>A bearer token as stored: its number, whose it is and its life. The secret itself is never stored, only its SHA-256.</summary>
/// <param name="Id">The token's number, for listing and revoking.</param>
/// <param name="User">Whose it is.</param>
/// <param name="Label">What it is for, e.g. "radar feed".</param>
/// <param name="CreatedAt">When it was issued, UTC.</param>
/// <param name="ExpiresAt">When it stops working, or null for never.</param>
/// <param name="RevokedAt">When it was revoked, or null.</param>
public sealed record ApiToken(long Id, UserName User, string Label, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether it works at a time: not revoked, not expired.</summary>
    /// <param name="now">The time.</param>
    /// <returns>True when usable.</returns>
    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);
}
