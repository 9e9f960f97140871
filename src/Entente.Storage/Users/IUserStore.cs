using Entente.Core.Identity;

namespace Entente.Storage.Users;

/// <summary>Users and their bearer tokens.</summary>
public interface IUserStore
{
    /// <summary>Creates a user.</summary>
    /// <param name="user">The account; its name must be new.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>False when a user of that name exists (nothing is changed then).</returns>
    Task<bool> CreateAsync(UserAccount user, CancellationToken cancellationToken);

    /// <summary>A user by name, or null.</summary>
    /// <param name="name">The login name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The user, or null.</returns>
    Task<UserAccount?> FindAsync(UserName name, CancellationToken cancellationToken);

    /// <summary>Every user, by name.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The users.</returns>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Replaces a user's password hash.</summary>
    /// <param name="name">The user.</param>
    /// <param name="passwordHash">The new hash.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>False when there is no such user.</returns>
    Task<bool> SetPasswordHashAsync(UserName name, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Disables or enables a user.</summary>
    /// <param name="name">The user.</param>
    /// <param name="disabled">True to disable.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>False when there is no such user.</returns>
    Task<bool> SetDisabledAsync(UserName name, bool disabled, CancellationToken cancellationToken);

    /// <summary>Issues a bearer token for a user.</summary>
    /// <param name="name">The user.</param>
    /// <param name="label">What it is for.</param>
    /// <param name="now">The time of issue.</param>
    /// <param name="expiresAt">When it stops working, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The token with its secret, or null when there is no such user.</returns>
    Task<IssuedToken?> IssueTokenAsync(UserName name, string label, DateTimeOffset now, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    /// <summary>The user and token a secret belongs to, when the token works now and the user is enabled.</summary>
    /// <param name="secret">The bearer secret presented.</param>
    /// <param name="now">The time.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The user and token, or null.</returns>
    Task<(UserAccount User, ApiToken Token)?> AuthenticateTokenAsync(string secret, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes a token.</summary>
    /// <param name="id">The token's number.</param>
    /// <param name="now">The time of revocation.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>False when there is no such token or it was already revoked.</returns>
    Task<bool> RevokeTokenAsync(long id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Tokens, of one user or of all, by number.</summary>
    /// <param name="name">The user, or null for all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tokens.</returns>
    Task<IReadOnlyList<ApiToken>> ListTokensAsync(UserName? name, CancellationToken cancellationToken);
}
