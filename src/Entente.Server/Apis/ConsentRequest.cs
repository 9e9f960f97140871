namespace Entente.Server.Apis;

/// <summary>A state's consent for the other state's asset to operate in its waters on an incident.</summary>
/// <param name="State">"UK" or "FR": the consenting state.</param>
/// <param name="Asset">The asset's id.</param>
/// <param name="Reason">The terms, for the record.</param>
public sealed record ConsentRequest(string? State, string? Asset, string? Reason);
