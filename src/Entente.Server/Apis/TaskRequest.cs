namespace Entente.Server.Apis;

/// <summary>A tasking of an asset on an incident by the coordinating centre.</summary>
/// <param name="Asset">The asset's id (see GET /api/assets).</param>
/// <param name="Task">One of: search, rescue, stand-by, monitor, medical-evacuation, communications-relay.</param>
/// <param name="Reason">A word for the record.</param>
public sealed record TaskRequest(string? Asset, string? Task, string? Reason);
