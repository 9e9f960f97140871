using System.Threading.Channels;
using Entente.Storage;
using Entente.Storage.Events;

namespace Entente.Server.Picture;

/// <summary>
/// The one writer of the event store: appends are queued in the order the picture makes them and written one at a
/// time, each stream at its known version, so that a stream's events are stored in the order they happened. A caller
/// awaits its own append: when it completes, the events are committed and survive a crash.
/// </summary>
/// <remarks>Thread-safe: <see cref="Enqueue"/> may be called from any thread; call it while holding the lock under which
/// the events were made, so that queue order is event order.</remarks>
internal sealed class EventJournal : IAsyncDisposable
{
    private readonly IDatabase _database;
    private readonly ILogger<EventJournal> _logger;
    private readonly Channel<Append> _queue = Channel.CreateUnbounded<Append>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private readonly Task _writer;
    private long _failures;

    public EventJournal(IDatabase database, ILogger<EventJournal> logger)
    {
        _database = database;
        _logger = logger;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Appends that failed (the database refused or was down).</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Queues events for a stream.</summary>
    /// <param name="stream">The stream, e.g. "incident-00007".</param>
    /// <param name="events">The events, in order.</param>
    /// <returns>Completes when they are committed.</returns>
    public Task<AppendResult> Enqueue(string stream, IReadOnlyList<NewEvent> events)
    {
        var append = new Append(stream, events, new TaskCompletionSource<AppendResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(append))
        {
            append.Done.SetException(new InvalidOperationException("The journal is closed."));
        }

        return append.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteAsync()
    {
        await foreach (var append in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                append.Done.SetResult(await AppendAsync(append).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Interlocked.Increment(ref _failures);
                _versions.Remove(append.Stream);
                Hosting.LogMessages.JournalAppendFailed(_logger, append.Stream, ex.Message);
                append.Done.SetException(ex);
            }
        }
    }

    private async Task<AppendResult> AppendAsync(Append append)
    {
        if (!_versions.TryGetValue(append.Stream, out var version))
        {
            // First append to this stream since start: it may already hold events from before a restart.
            version = (await _database.Events.ReadStreamAsync(append.Stream, CancellationToken.None).ConfigureAwait(false)).Count;
        }

        var result = await _database.Events.AppendAsync(append.Stream, version, append.Events, CancellationToken.None).ConfigureAwait(false);
        _versions[append.Stream] = result.Version;
        return result;
    }

    private sealed record Append(string Stream, IReadOnlyList<NewEvent> Events, TaskCompletionSource<AppendResult> Done);
}
