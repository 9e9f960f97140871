using Entente.Ais.Decoding;

namespace Entente.Ais.Ingest;

/// <summary>
/// Counts of one ingest source: its decoder's counts (sentences, messages by type, errors by kind), what was read,
/// connections, and the most recent rejected lines. Updated by the source; safe to read from any thread.
/// </summary>
public sealed class AisSourceStatistics
{
    private readonly Lock _gate = new();
    private readonly Queue<AisRejectedLine> _recent;
    private long _lines;
    private long _bytes;
    private long _datagrams;
    private long _connectionAttempts;
    private long _connections;
    private long _disconnects;
    private long _connectFailures;
    private long _backoffMilliseconds;
    private long _backoffWaits;
    private string? _lastConnectionError;
    private string? _fault;

    internal AisSourceStatistics(AisDecoderStatistics decoder, int recentErrorCapacity)
    {
        Decoder = decoder;
        RecentErrorCapacity = recentErrorCapacity;
        _recent = new Queue<AisRejectedLine>(recentErrorCapacity);
    }

    /// <summary>The decoder's counts: sentences, messages by type, errors by kind (over-long and cut-off lines included).</summary>
    public AisDecoderStatistics Decoder { get; }

    /// <summary>Physical lines read (a line holding several sentences counts once).</summary>
    public long Lines => Interlocked.Read(ref _lines);

    /// <summary>Bytes read.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Datagrams received (UDP sources).</summary>
    public long Datagrams => Interlocked.Read(ref _datagrams);

    /// <summary>Connection attempts (TCP sources).</summary>
    public long ConnectionAttempts => Interlocked.Read(ref _connectionAttempts);

    /// <summary>Connections made (TCP sources).</summary>
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>Connections made after the first: how often the source had to reconnect.</summary>
    public long Reconnects => Math.Max(0, Connections - 1);

    /// <summary>Connections that ended, by the peer, an error or a read timeout.</summary>
    public long Disconnects => Interlocked.Read(ref _disconnects);

    /// <summary>Connection attempts that failed.</summary>
    public long ConnectFailures => Interlocked.Read(ref _connectFailures);

    /// <summary>How many times the source has started waiting before reconnecting.</summary>
    public long BackoffWaits => Interlocked.Read(ref _backoffWaits);

    /// <summary>The last back-off waited (or being waited) before reconnecting, in seconds; 0 before any.</summary>
    public double BackoffSeconds => Interlocked.Read(ref _backoffMilliseconds) / 1000.0;

    /// <summary>Why the last connection failed or ended, or null.</summary>
    public string? LastConnectionError => Volatile.Read(ref _lastConnectionError);

    /// <summary>Why the source stopped with an error (e.g. its file could not be read), or null.</summary>
    public string? Fault => Volatile.Read(ref _fault);

    /// <summary>How many rejected lines <see cref="RecentErrors"/> keeps.</summary>
    public int RecentErrorCapacity { get; }

    /// <summary>The most recent rejected lines, oldest first.</summary>
    /// <returns>A copy.</returns>
    public IReadOnlyList<AisRejectedLine> RecentErrors()
    {
        lock (_gate)
        {
            return [.. _recent];
        }
    }

    internal long CountLine() => Interlocked.Increment(ref _lines);

    internal void CountBytes(int bytes) => Interlocked.Add(ref _bytes, bytes);

    internal void CountDatagram() => Interlocked.Increment(ref _datagrams);

    internal void CountConnectionAttempt() => Interlocked.Increment(ref _connectionAttempts);

    internal void CountConnection() => Interlocked.Increment(ref _connections);

    internal void CountDisconnect(string? reason)
    {
        Interlocked.Increment(ref _disconnects);
        if (reason is not null)
        {
            Volatile.Write(ref _lastConnectionError, reason);
        }
    }

    internal void NoteConnectionError(string reason) => Volatile.Write(ref _lastConnectionError, reason);

    internal void CountConnectFailure(string reason)
    {
        Interlocked.Increment(ref _connectFailures);
        Volatile.Write(ref _lastConnectionError, reason);
    }

    internal void StartBackoff(TimeSpan backoff)
    {
        Interlocked.Exchange(ref _backoffMilliseconds, (long)backoff.TotalMilliseconds);
        Interlocked.Increment(ref _backoffWaits);
    }

    internal void SetFault(string reason) => Interlocked.CompareExchange(ref _fault, reason, null);

    internal void Remember(AisRejectedLine rejected)
    {
        if (RecentErrorCapacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_recent.Count == RecentErrorCapacity)
            {
                _recent.Dequeue();
            }

            _recent.Enqueue(rejected);
        }
    }
}
