namespace Entente.Storage.Events;

/// <summary>An event as the store holds it.</summary>
/// <param name="Position">The global sequence number: strictly increasing across all streams in commit order (gaps possible).</param>
/// <param name="Stream">The stream it belongs to, e.g. "incident-42".</param>
/// <param name="Version">Its place in the stream, from 1 without gaps.</param>
/// <param name="Type">What happened.</param>
/// <param name="Time">When it happened in the domain, UTC.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Centre">The coordination centre it was recorded at.</param>
/// <param name="Reason">Why; may be empty.</param>
/// <param name="PayloadJson">The event's data, a JSON object, as appended.</param>
public sealed record StoredEvent(
    long Position,
    string Stream,
    int Version,
    string Type,
    DateTimeOffset Time,
    string Actor,
    string Centre,
    string Reason,
    string PayloadJson);
