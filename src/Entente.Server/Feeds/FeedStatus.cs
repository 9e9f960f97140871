using System.Globalization;
using Entente.Ais.Ingest;

namespace Entente.Server.Feeds;

/// <summary>
/// What one real feed has received and rejected so far, and the first errors it met, for <c>GET /api/feed</c>. An AIS
/// feed reads its counts from its ingest source, which counts lines and rejections by kind itself.
/// </summary>
/// <remarks>Thread-safe: receiving loops and request threads update it, any thread reads it.</remarks>
internal sealed class FeedStatus(string name, string kind, string endpoint)
{
    /// <summary>How many rejections are kept with their message.</summary>
    public const int KeptErrors = 10;

    private readonly Lock _gate = new();
    private readonly List<string> _firstErrors = [];
    private string? _lastError;
    private string _endpoint = endpoint;
    private volatile bool _running;
    private volatile AisSource? _source;
    private long _received;
    private long _rejected;
    private long _dropped;

    /// <summary>The feed's name (<c>ais-udp</c>, <c>ais-tcp</c>, <c>detections-udp</c>, <c>detections-http</c>).</summary>
    public string Name { get; } = name;

    /// <summary>What it carries: <c>ais</c> or <c>detections</c>.</summary>
    public string Kind { get; } = kind;

    /// <summary>Where it listens or connects.</summary>
    public string Endpoint
    {
        get
        {
            lock (_gate)
            {
                return _endpoint;
            }
        }

        set
        {
            lock (_gate)
            {
                _endpoint = value;
            }
        }
    }

    /// <summary>Whether it is receiving (listening, or connecting and reading).</summary>
    public bool Running
    {
        get => _running;
        set => _running = value;
    }

    /// <summary>Lines received.</summary>
    public long Received => _source?.Statistics.Lines ?? Interlocked.Read(ref _received);

    /// <summary>Lines rejected (malformed, invalid, too far in the future, or bad NMEA).</summary>
    public long Rejected => (_source?.Statistics.Decoder.Errors ?? 0) + Interlocked.Read(ref _rejected);

    /// <summary>Good lines dropped because the picture's queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The latest problem: a rejected line, a lost connection, or why the feed cannot run.</summary>
    public string? LastError
    {
        get
        {
            lock (_gate)
            {
                return _lastError ?? SourceError();
            }
        }
    }

    /// <summary>The first rejections, each "line N: why".</summary>
    /// <returns>A copy.</returns>
    public IReadOnlyList<string> FirstErrors()
    {
        lock (_gate)
        {
            return [.. _firstErrors];
        }
    }

    /// <summary>Takes its counts from an AIS ingest source from now on.</summary>
    /// <param name="source">The source.</param>
    public void Follow(AisSource source) => _source = source;

    /// <summary>Counts lines received.</summary>
    /// <param name="lines">How many.</param>
    public void CountReceived(long lines) => Interlocked.Add(ref _received, lines);

    /// <summary>Counts a good line dropped because the queue was full.</summary>
    public void CountDropped() => Interlocked.Increment(ref _dropped);

    /// <summary>Counts a rejected line and keeps why.</summary>
    /// <param name="line">Its line number within the datagram or body, from 1.</param>
    /// <param name="reason">Why, in one sentence.</param>
    public void Reject(long line, string reason)
    {
        Interlocked.Increment(ref _rejected);
        var message = string.Create(CultureInfo.InvariantCulture, $"line {line}: {reason}");
        lock (_gate)
        {
            _lastError = message;
            if (_firstErrors.Count < KeptErrors)
            {
                _firstErrors.Add(message);
            }
        }
    }

    /// <summary>Records a problem that concerns no single line (a socket that cannot be bound, a bad setting).</summary>
    /// <param name="reason">Why.</param>
    public void Fail(string reason)
    {
        lock (_gate)
        {
            _lastError = reason;
        }
    }

    // An AIS source keeps its own latest problems: its fault, a lost connection, the latest rejected line.
    private string? SourceError()
    {
        if (_source?.Statistics is not { } statistics)
        {
            return null;
        }

        if (statistics.Fault is { } fault)
        {
            return fault;
        }

        var recent = statistics.RecentErrors();
        if (recent.Count > 0)
        {
            var last = recent[^1];
            return string.Create(CultureInfo.InvariantCulture, $"line {last.LineNumber}: {last.Reason}: {last.Text}");
        }

        return statistics.LastConnectionError;
    }
}
