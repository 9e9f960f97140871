using System.Threading.Channels;
using Entente.Storage;
using Entente.Storage.Audit;

namespace Entente.Server.Security;

/// <summary>
/// The server's writer of the audit log: every write made through the API, and every read of restricted data, is
/// queued here and appended by one writer, which commits whatever has queued up meanwhile in one transaction, so that
/// a busy watch floor or feed costs one database write per batch rather than per entry. A caller awaits its own entries:
/// when the task completes they are committed. Entries name the signed-in user of the request that made them.
/// </summary>
/// <remarks>Thread-safe. Never called under the picture's lock: the append is a database write.</remarks>
internal sealed class AuditTrail : IAsyncDisposable
{
    /// <summary>The most entries committed in one transaction.</summary>
    private const int MaxBatchEntries = 1_000;

    private readonly IDatabase _database;
    private readonly IHttpContextAccessor _http;
    private readonly TimeProvider _clock;
    private readonly ILogger<AuditTrail> _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private long _failures;

    public AuditTrail(IDatabase database, IHttpContextAccessor http, TimeProvider clock, ILogger<AuditTrail> logger)
    {
        _database = database;
        _http = http;
        _clock = clock;
        _logger = logger;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Entries that could not be stored.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>An entry for something done in the current request, by its signed-in user; by the given actor when
    /// nobody is signed in (an endpoint that does not require it).</summary>
    /// <param name="action">What was done, e.g. "intelligence.create".</param>
    /// <param name="target">What it was done to.</param>
    /// <param name="detail">More.</param>
    /// <param name="actor">Who, when nobody is signed in.</param>
    /// <param name="agency">Their agency, when nobody is signed in.</param>
    /// <returns>The entry, at the server's clock.</returns>
    public NewAuditEntry Entry(string action, string target, string detail, string actor, string agency)
    {
        if (_http.HttpContext?.User is { } user && EntenteClaims.Name(user) is { } name && EntenteClaims.Agency(user) is { } signedIn)
        {
            (actor, agency) = (name.Value, signedIn.Id.Code);
        }

        return new NewAuditEntry(_clock.GetUtcNow(), actor, agency, action, target, detail);
    }

    /// <summary>Queues entries, in order.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>Completes when they are committed; faults when they could not be (already logged and counted).</returns>
    public Task RecordAsync(IReadOnlyList<NewAuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pending = new Pending(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            pending.Done.SetException(new InvalidOperationException("The audit trail is closed."));
        }

        return pending.Done.Task;
    }

    /// <summary>Records what was done and is already committed: a failure to audit does not undo it, so it is logged
    /// and counted, never thrown.</summary>
    /// <param name="entries">Makes the entries (a malformed one is a failure like the database's).</param>
    /// <returns>Completes when the entries are committed or have failed.</returns>
    public async Task RecordDoneAsync(Func<IReadOnlyList<NewAuditEntry>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        try
        {
            await RecordAsync(entries()).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            Interlocked.Increment(ref _failures);
            Hosting.LogMessages.AuditAppendFailed(_logger, 1, "(not made)", "", ex.Message);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // Already logged and counted by the writer.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            var count = 0;
            while (count < MaxBatchEntries && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                count += pending.Entries.Count;
            }

            try
            {
                await _database.Audit.AppendAsync([.. batch.SelectMany(p => p.Entries)], CancellationToken.None).ConfigureAwait(false);
                batch.ForEach(p => p.Done.SetResult());
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Interlocked.Add(ref _failures, count);
                var first = batch[0].Entries[0];
                Hosting.LogMessages.AuditAppendFailed(_logger, count, first.Action, first.Target, ex.Message);
                batch.ForEach(p => p.Done.SetException(ex));
            }
        }
    }

    private sealed record Pending(IReadOnlyList<NewAuditEntry> Entries, TaskCompletionSource Done);
}
