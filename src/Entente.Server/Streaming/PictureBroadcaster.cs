using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Entente.Core.Sharing;
using Entente.Server.Apis;
using Entente.Server.Picture;

namespace Entente.Server.Streaming;

/// <summary>
/// Pushes the picture to every connected browser. The picture only hands over its latest state and returns; this
/// service serialises each change once per agency (seven at most, whatever the number of clients, and once for all
/// agencies that may see all of it), on its own thread, with only what is releasable to that agency, and leaves it in
/// the mailbox (<see cref="StreamSubscriber"/>) of each client of that agency, where a newer state replaces one not yet
/// written. A client without an agency gets nothing. Memory is bounded by clients × topics, whatever the clients' speed.
/// </summary>
internal sealed class PictureBroadcaster : BackgroundService
{
    // Null fields are left out of pushed events: most tracks have no MMSI, name or people count, and a frame of
    // 2,000 tracks goes to every client every second.
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly int AgencyCount = Agencies.All.Count;

    private readonly ConcurrentDictionary<long, (int Agency, StreamSubscriber Subscriber)> _subscribers = new();
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    // The latest payload of each topic for each agency, [agency * 3 + topic].
    private readonly ReadOnlyMemory<byte>?[] _latestPayloads = new ReadOnlyMemory<byte>?[AgencyCount * 3];
    private readonly Lock _gate = new();
    private PictureSnapshot? _frame;
    private IReadOnlyList<AlertResponse>? _alerts;
    private IReadOnlyList<IncidentResponse>? _incidents;
    private int _dirty;
    private long _nextId;
    private long _published;

    /// <summary>Clients connected now.</summary>
    public int Subscribers => _subscribers.Count;

    /// <summary>Payloads serialised so far (each change once per distinct view of it, whatever the number of clients).</summary>
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

    /// <summary>Connects a client of an agency: its mailbox starts with that agency's latest of every topic. Without an
    /// agency it is sent nothing.</summary>
    /// <param name="agency">The signed-in user's agency, or null.</param>
    public (long Id, StreamSubscriber Subscriber) Subscribe(Agency? agency)
    {
        var subscriber = new StreamSubscriber();
        var index = agency is null ? -1 : PictureSnapshot.IndexOf(agency);
        lock (_gate)
        {
            for (var topic = 0; topic < 3 && index >= 0; topic++)
            {
                if (_latestPayloads[(index * 3) + topic] is { } payload)
                {
                    subscriber.Post((StreamTopic)topic, payload);
                }
            }

            var id = ++_nextId;
            _subscribers[id] = (index, subscriber);
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
            Send(StreamTopic.Alerts, PerAgency(alerts, Releasing.Filter, list => Event("alerts", list)));
        }

        if ((dirty & (1 << (int)StreamTopic.Incidents)) != 0 && incidents is not null)
        {
            Send(StreamTopic.Incidents, PerAgency(incidents, Releasing.Incidents, list => Event("incidents", list)));
        }

        if ((dirty & (1 << (int)StreamTopic.Frame)) != 0 && frame is not null)
        {
            var payloads = new ReadOnlyMemory<byte>[AgencyCount];
            var seesAll = new bool[AgencyCount];
            for (var a = 0; a < AgencyCount; a++)
            {
                var visible = Releasing.Filter(frame.Tracks, Agencies.All[a]);
                seesAll[a] = visible.Count == frame.Tracks.Count;
                // Agencies that see every track and count the same night share one serialisation.
                var same = -1;
                for (var b = 0; b < a && same < 0 && seesAll[a]; b++)
                {
                    same = seesAll[b] && frame.Nights[b] == frame.Nights[a] ? b : -1;
                }

                payloads[a] = same >= 0 ? payloads[same] : Event("frame", new FrameMessage(frame.Time, frame.SentAt, visible, frame.Nights[a]));
            }

            Send(StreamTopic.Frame, payloads);
        }
    }

    // One payload per agency: what it may see of the list, serialised once for all the agencies that may see all of it.
    private static ReadOnlyMemory<byte>[] PerAgency<T>(IReadOnlyList<T> items, Func<IReadOnlyList<T>, Agency?, IReadOnlyList<T>> view,
        Func<IReadOnlyList<T>, ReadOnlyMemory<byte>> serialise)
    {
        var payloads = new ReadOnlyMemory<byte>[AgencyCount];
        ReadOnlyMemory<byte>? whole = null;
        for (var a = 0; a < AgencyCount; a++)
        {
            var visible = view(items, Agencies.All[a]);
            var all = visible.Count == items.Count && ReferenceEqualsAll(visible, items);
            payloads[a] = all ? whole ??= serialise(items) : serialise(visible);
        }

        return payloads;
    }

    // Whether a view kept every item unchanged (a viewer's incident count may differ even when none is left out).
    private static bool ReferenceEqualsAll<T>(IReadOnlyList<T> visible, IReadOnlyList<T> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!ReferenceEquals(visible[i], items[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void Send(StreamTopic topic, ReadOnlyMemory<byte>[] payloads)
    {
        lock (_gate)
        {
            // Under the lock, so that a client connecting now gets either this payload or the next, never misses both.
            for (var a = 0; a < payloads.Length; a++)
            {
                _latestPayloads[(a * 3) + (int)topic] = payloads[a];
            }

            foreach (var (agency, subscriber) in _subscribers.Values)
            {
                if (agency >= 0)
                {
                    subscriber.Post(topic, payloads[agency]);
                }
            }
        }

        Interlocked.Add(ref _published, payloads.Distinct().Count());
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
