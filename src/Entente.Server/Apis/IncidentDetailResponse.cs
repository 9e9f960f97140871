namespace Entente.Server.Apis;

/// <summary>An incident with its whole stored log.</summary>
/// <param name="Incident">The incident as it stands.</param>
/// <param name="Log">Its log as stored, oldest first.</param>
public sealed record IncidentDetailResponse(IncidentResponse Incident, IReadOnlyList<IncidentLogEntry> Log);
