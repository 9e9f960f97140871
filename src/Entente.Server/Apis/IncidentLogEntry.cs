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
    JsonElement Event) : Core.Sharing.IShareable
{
    /// <summary>Whose it is and who may see it (not serialised: <see cref="Agency"/> and <see cref="Releasability"/> say it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Core.Sharing.Provenance Provenance { get; init; } = Picture.Releasing.Shared;

    /// <summary>A stored entry with its provenance: the author's agency (the incident's originator for Entente's own
    /// entries), releasable to both states unless the entry names a narrower label (a restricted note).</summary>
    /// <param name="stored">The stored event.</param>
    /// <param name="incident">The incident's provenance.</param>
    /// <returns>The entry.</returns>
    public static IncidentLogEntry From(Storage.Events.StoredEvent stored, Core.Sharing.Provenance incident)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incident);
        var payload = JsonDocument.Parse(stored.PayloadJson).RootElement.Clone();
        // People act as "name (agency)"; Entente's own entries name no agency and are the incident's originator's.
        var open = stored.Actor.LastIndexOf(" (", StringComparison.Ordinal);
        var author = open > 0 && stored.Actor.EndsWith(')') && Core.Identifiers.AgencyId.TryParse(stored.Actor[(open + 2)..^1], out var id) &&
            Core.Sharing.Agencies.Find(id) is not null ? id : incident.OriginatingAgency;
        // An unreadable label is treated as the narrowest one, never as the widest.
        var label = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("releasability", out var text)
            ? Core.Sharing.Releasability.TryParse(text.GetString(), out var parsed, out _) ? parsed : Core.Sharing.Releasability.OriginatorOnly
            : Core.Sharing.Releasability.UkAndFr;
        return new(stored.Position, stored.Version, stored.Type, stored.Time, stored.Actor, stored.Centre, stored.Reason, payload)
        {
            Provenance = new(author, label),
        };
    }

    /// <summary>The originating agency's code.</summary>
    public string Agency => Provenance.OriginatingAgency.Code;

    /// <summary>Who else may see it, e.g. "UK+FR".</summary>
    public string Releasability => Provenance.Releasability.Label;
}

