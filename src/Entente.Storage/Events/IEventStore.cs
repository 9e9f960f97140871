namespace Entente.Storage.Events;

/// <summary>
/// Append-only storage of events in named streams, with optimistic concurrency per stream and one global order for
/// projections. Payloads are JSON text: the store knows no domain types.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends events to a stream atomically, if and only if the stream is at <paramref name="expectedVersion"/>;
    /// when this returns, the events are durably committed.
    /// </summary>
    /// <param name="stream">The stream, e.g. "incident-42"; not blank.</param>
    /// <param name="expectedVersion">The stream's current version as the caller last read it: 0 for a new stream.</param>
    /// <param name="events">The events, at least one, given versions expectedVersion + 1, + 2, … in order.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stream's new version and the positions assigned.</returns>
    /// <exception cref="EventStoreConcurrencyException">The stream is at another version; nothing was appended.</exception>
    /// <exception cref="ArgumentException">The stream name is blank, or there are no events.</exception>
    Task<AppendResult> AppendAsync(string stream, int expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken);

    /// <summary>A stream's events in version order; empty for a stream never appended to.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The events.</returns>
    Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string stream, CancellationToken cancellationToken);

    /// <summary>
    /// Events of every stream after a position, in position order: a reader that resumes from the last position it
    /// saw misses nothing, because positions are assigned in commit order.
    /// </summary>
    /// <param name="afterPosition">The last position already seen; 0 to start from the beginning.</param>
    /// <param name="limit">The most events to return; positive.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Up to <paramref name="limit"/> events.</returns>
    Task<IReadOnlyList<StoredEvent>> ReadAllAsync(long afterPosition, int limit, CancellationToken cancellationToken);

    /// <summary>The names of the streams that start with a prefix (taken literally), in ordinal order.</summary>
    /// <param name="prefix">The prefix, e.g. "incident-"; empty for every stream.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stream names.</returns>
    Task<IReadOnlyList<string>> StreamsAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>How many events are stored, over all streams.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountAsync(CancellationToken cancellationToken);
}
