namespace Entente.Server.Apis;

/// <summary>A search of the current plan done, nothing found.</summary>
/// <param name="Asset">The asset whose planned pattern was searched.</param>
/// <param name="Reason">A word for the record.</param>
public sealed record SearchRequest(string? Asset, string? Reason);
