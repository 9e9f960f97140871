using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Entente.Server.Apis;
using Entente.Server.Picture;

namespace Entente.Server.Streaming;

/// <summary>
/// Pushes the picture to every connected browser. The picture only hands over its latest state and returns; this
/// service serialises each change once, on its own thread, and leaves it in each client's mailbox
/// (<see cref="StreamSubscriber"/>), where a newer state replaces one not yet written. Memory is bounded by clients ×
/// topics, whatever the clients' speed.
/// </summary>
internal sealed class PictureBroadcaster : BackgroundService
{
    // Null fields are left out of pushed events: most tracks have no MMSI, name or people count, and a frame of
    // 2,000 tracks goes to every client every second.
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly ConcurrentDictionary<long, StreamSubscriber> _subscribers = new();
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ReadOnlyMemory<byte>?[] _latestPayloads = new ReadOnlyMemory<byte>?[3];
    private readonly Lock _gate = new();
    private PictureSnapshot? _frame;
    private IReadOnlyList<AlertResponse>? _alerts;
    private IReadOnlyList<IncidentResponse>? _incidents;
    private int _dirty;
    private long _nextId;
    private long _published;

    /// <summary>Clients connected now.</summary>
    public int Subscribers => _subscribers.Count;

    /// <summary>Events serialised so far (each once, whatever the number of clients).</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>Hands over what changed; returns at once.</summary>
    /// <param name="frame">A new frame, or null.</param>
    /// <param name="alerts">The alert list if it changed, or null.</param>
    /// <param name="incidents">The incident list if it changed, or null.</param>
    public void Publish(PictureSnapshot? frame, IReadOnlyList<AlertResponse>? alerts, IReadOnlyList<IncidentResponse>? incidents)
    {
        lock (_gate)
        {
            _frame = frame ?? _frame;
            _alerts = alerts ?? _alerts;
            _incidents = incidents ?? _incidents;
            _dirty |= (frame is null ? 0 : 1 << (int)StreamTopic.Frame) | (alerts is null ? 0 : 1 << (int)StreamTopic.Alerts) |
                (incidents is null ? 0 : 1 << (int)StreamTopic.Incidents);
        }

        _changed.Writer.TryWrite(true);
    }

    /// <summary>Connects a client: its mailbox starts with the latest of every topic.</summary>
    public (long Id, StreamSubscriber Subscriber) Subscribe()
    {
        var subscriber = new StreamSubscriber();
        lock (_gate)
        {
            for (var topic = 0; topic < _latestPayloads.Length; topic++)
            {
                if (_latestPayloads[topic] is { } payload)
                {
                    subscriber.Post((StreamTopic)topic, payload);
                }
            }

            var id = ++_nextId;
            _subscribers[id] = subscriber;
            return (id, subscriber);
        }
    }

    /// <summary>Disconnects a client.</summary>
    public void Unsubscribe(long id) => _subscribers.TryRemove(id, out _);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _changed.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                _changed.Reader.TryRead(out _);
                PublishChanges();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    private void PublishChanges()
    {
        int dirty;
        PictureSnapshot? frame;
        IReadOnlyList<AlertResponse>? alerts;
        IReadOnlyList<IncidentResponse>? incidents;
        lock (_gate)
        {
            (dirty, frame, alerts, incidents) = (_dirty, _frame, _alerts, _incidents);
            _dirty = 0;
        }

        if ((dirty & (1 << (int)StreamTopic.Alerts)) != 0 && alerts is not null)
        {
            Send(StreamTopic.Alerts, Event("alerts", alerts));
        }

        if ((dirty & (1 << (int)StreamTopic.Incidents)) != 0 && incidents is not null)
        {
            Send(StreamTopic.Incidents, Event("incidents", incidents));
        }

        if ((dirty & (1 << (int)StreamTopic.Frame)) != 0 && frame is not null)
        {
            Send(StreamTopic.Frame, Event("frame", new FrameMessage(frame.Time, frame.SentAt, frame.Tracks, frame.Night)));
        }
    }

    private void Send(StreamTopic topic, ReadOnlyMemory<byte> payload)
    {
        lock (_gate)
        {
            // Under the lock, so that a client connecting now gets either this payload or the next, never misses both.
            _latestPayloads[(int)topic] = payload;
            foreach (var subscriber in _subscribers.Values)
            {
                subscriber.Post(topic, payload);
            }
        }

        Interlocked.Increment(ref _published);
    }

    // One server-sent event, framed once for every client: "event: name\ndata: {json}\n\n".
    private static ReadOnlyMemory<byte> Event<T>(string name, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write(Encoding.UTF8.GetBytes($"event: {name}\ndata: "));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, value, EventJson);
        }

        buffer.Write("\n\n"u8);
        return buffer.WrittenMemory;
    }
}
