namespace Entente.Server.Apis;

/// <summary>A note's new releasability label.</summary>
/// <param name="Releasability">The label, e.g. "UK+FR", "UK", "FR+uk-liaison" or "ORIGINATOR".</param>
public sealed record RelabelRequest(string? Releasability);
