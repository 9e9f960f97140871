using System.Text.Json;

namespace Entente.Server.Apis;

/// <summary>One stored entry of an incident's log, as committed to the event store.</summary>
/// <param name="Position">Its position in the whole event log.</param>
/// <param name="Version">Its number in the incident's log, from 1.</param>
/// <param name="Type">The event, e.g. "handover-accepted".</param>
/// <param name="Time">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Centre">The coordinating centre after it.</param>
/// <param name="Reason">Why.</param>
/// <param name="Event">The whole event (docs/formats/incidents.md).</param>
public sealed record IncidentLogEntry(long Position, int Version, string Type, DateTimeOffset Time, string Actor, string Centre, string Reason,
    JsonElement Event);
