using System.Threading.Channels;

namespace Entente.Ais.Ingest;

/// <summary>
/// Runs several AIS sources at once into one channel of <see cref="AisReceived"/>. Each source has its own decoder
/// and statistics; a source that fails (e.g. a file that cannot be read) records why and leaves the others running.
/// </summary>
public sealed class AisIngest : IAsyncDisposable
{
    private readonly Channel<AisReceived> _channel;
    private readonly List<AisSource> _sources = [];
    private int _started;

    /// <summary>Creates an ingest.</summary>
    /// <param name="channelCapacity">
    /// How many messages may wait for the reader; when full, sources wait (files and TCP feeds then slow down).
    /// Default 65,536.
    /// </param>
    public AisIngest(int channelCapacity = 65_536)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channelCapacity, 1);
        _channel = Channel.CreateBounded<AisReceived>(new BoundedChannelOptions(channelCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>The decoded messages of all sources; completed when every source has ended.</summary>
    public ChannelReader<AisReceived> Reader => _channel.Reader;

    /// <summary>The sources added.</summary>
    public IReadOnlyList<AisSource> Sources => _sources;

    /// <summary>Adds a source; the ingest disposes it.</summary>
    /// <param name="source">The source.</param>
    /// <exception cref="InvalidOperationException">The ingest is already running.</exception>
    public void Add(AisSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Volatile.Read(ref _started) != 0)
        {
            throw new InvalidOperationException("Sources must be added before the ingest runs.");
        }

        _sources.Add(source);
    }

    /// <summary>Runs every source until all end or <paramref name="cancellationToken"/> stops them, then completes <see cref="Reader"/>.</summary>
    /// <param name="cancellationToken">Stops all sources.</param>
    /// <returns>A task that ends when all sources have ended.</returns>
    /// <exception cref="AggregateException">Some sources failed; the reader sees the same exception.</exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("The ingest is already running.");
        }

        var runs = _sources.Select(s => RunSourceAsync(s, cancellationToken)).ToArray();
        var failures = new List<Exception>();
        foreach (var run in runs)
        {
            try
            {
                await run;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        }

        if (failures.Count > 0)
        {
            var error = new AggregateException("Some AIS sources failed; see each source's Statistics.Fault.", failures);
            _channel.Writer.TryComplete(error);
            throw error;
        }

        _channel.Writer.TryComplete();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Disposes every source.</summary>
    /// <returns>A task that ends when all are disposed.</returns>
    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }

        _channel.Writer.TryComplete();
    }

    private async Task RunSourceAsync(AisSource source, CancellationToken cancellationToken)
    {
        try
        {
            await source.RunAsync(_channel.Writer, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            source.Statistics.SetFault(ex.Message);
            throw;
        }
    }
}
