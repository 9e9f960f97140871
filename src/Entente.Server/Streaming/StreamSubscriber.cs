using System.Threading.Channels;

namespace Entente.Server.Streaming;

/// <summary>
/// One connected browser's mailbox: a slot per topic holding the latest event not yet written. A newer event replaces
/// an unwritten one (counted as skipped), so a slow client holds at most one event per topic and never slows the
/// others or the pipeline.
/// </summary>
internal sealed class StreamSubscriber
{
    private readonly Lock _gate = new();
    private readonly ReadOnlyMemory<byte>?[] _slots = new ReadOnlyMemory<byte>?[3];
    // A bounded signal: at most one wake-up waits, however many events arrive.
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _skipped;

    /// <summary>Events replaced before they were written.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>Leaves the latest event of a topic for the client.</summary>
    public void Post(StreamTopic topic, ReadOnlyMemory<byte> payload)
    {
        lock (_gate)
        {
            if (_slots[(int)topic] is not null)
            {
                Interlocked.Increment(ref _skipped);
            }

            _slots[(int)topic] = payload;
        }

        _signal.Writer.TryWrite(true);
    }

    /// <summary>Waits for events (or the timeout) and takes them, alerts and incidents before the frame.</summary>
    /// <returns>The events waiting; empty when the timeout passed first.</returns>
    public async Task<IReadOnlyList<ReadOnlyMemory<byte>>> TakeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _signal.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return [];
        }

        lock (_gate)
        {
            var taken = new List<ReadOnlyMemory<byte>>(_slots.Length);
            for (var i = 0; i < _slots.Length; i++)
            {
                if (_slots[i] is { } payload)
                {
                    taken.Add(payload);
                    _slots[i] = null;
                }
            }

            return taken;
        }
    }
}
