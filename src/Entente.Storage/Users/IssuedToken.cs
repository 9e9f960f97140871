namespace Entente.Storage.Users;

/// <summary>A token just issued: what is stored of it, and the secret, shown once and never again.</summary>
/// <param name="Token">The stored token.</param>
/// <param name="Secret">The bearer secret to give the client.</param>
public sealed record IssuedToken(ApiToken Token, string Secret);
