namespace Entente.Server.Apis;

/// <summary>Signing in.</summary>
/// <param name="Name">The login name.</param>
/// <param name="Password">The password.</param>
public sealed record SessionRequest(string? Name, string? Password);
