using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Entente.Ais.Framing;
using Entente.Ais.Ingest;
using Entente.Server.Hosting;
using Entente.Server.Picture;
using Entente.Storage;

namespace Entente.Server.Feeds;

/// <summary>
/// The real feeds (<see cref="RealFeedOptions"/>): AIS over UDP and TCP through the AIS ingest, detection records over
/// UDP and <c>POST /api/feed/detections</c>. Everything received goes through one bounded queue to one reader, which
/// hands it to the live picture in arrival order, stores the detections in batches, and advances the picture with the
/// clock about once a second, so that a quiet feed still ages alerts and drifts datums. Starts the picture itself unless
/// the simulator runs too (then the simulator owns the picture's clock).
/// </summary>
internal sealed class RealFeeds : BackgroundService
{
    /// <summary>The endpoint the HTTP feed is served at.</summary>
    public const string HttpPath = "/api/feed/detections";

    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    // Detections are stored at least once a tick, sooner when this many wait.
    private const int StoreBatch = 1_000;

    // Decoded AIS messages are only counted (by each source); this is how many may wait to be discarded.
    private const int IngestCapacity = 1_024;

    private readonly RealFeedOptions _options;
    private readonly bool _simulatorRuns;
    private readonly IDatabase _database;
    private readonly LivePicture _picture;
    private readonly TimeProvider _clock;
    private readonly ILogger<RealFeeds> _logger;
    private readonly Channel<FeedInput> _queue;
    private readonly DetectionStoreSink _sink;
    private readonly List<FeedStatus> _feeds = [];
    private readonly FeedStatus? _aisUdp;
    private readonly FeedStatus? _aisTcp;
    private readonly FeedStatus? _detectionsUdp;
    private readonly FeedStatus? _http;
    // Replaced, never changed, so that request threads may sum over it while sources are added.
    private volatile AisSource[] _aisSources = [];

    public RealFeeds(RealFeedOptions options, SimulationFeedOptions simulation, IDatabase database, LivePicture picture, TimeProvider clock,
        ILogger<RealFeeds> logger)
    {
        _options = options;
        _simulatorRuns = simulation.Enabled ?? true;
        _database = database;
        _picture = picture;
        _clock = clock;
        _logger = logger;
        _sink = new DetectionStoreSink(options.Provenance);
        // Sockets never wait for room (they drop and count); HTTP requests do, so a client is slowed rather than lost.
        _queue = Channel.CreateBounded<FeedInput>(new BoundedChannelOptions(options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _aisUdp = Status(RealFeedOptions.AisUdpName, "ais", options.AisUdp is { } udp ? "udp://" + udp : null);
        _aisTcp = Status(RealFeedOptions.AisTcpName, "ais", options.AisTcp is { } tcp ? string.Create(CultureInfo.InvariantCulture, $"tcp://{tcp.Host}:{tcp.Port}") : null);
        _detectionsUdp = Status(RealFeedOptions.DetectionsUdpName, "detections", options.DetectionsUdp is { } d ? "udp://" + d : null);
        _http = Status(RealFeedOptions.DetectionsHttpName, "detections", options.DetectionsHttp ? "POST " + HttpPath : null);
    }

    /// <summary>Every configured real feed, running or not.</summary>
    public IReadOnlyList<FeedStatus> Feeds => _feeds;

    /// <summary>Whether <c>POST /api/feed/detections</c> takes records.</summary>
    public bool HttpEnabled => _options.DetectionsHttp;

    /// <summary>The largest body it takes, in bytes.</summary>
    public long HttpMaxBodyBytes => _options.HttpMaxBodyBytes;

    /// <summary>Detections stored.</summary>
    public long DetectionsStored => _sink.Stored;

    /// <summary>Detections taken but not stored (refused by the database).</summary>
    public long DetectionsLost => _sink.Rejected + _sink.StoreFailures;

    /// <summary>AIS lines received.</summary>
    public long AisLines => _aisSources.Sum(s => s.Statistics.Lines);

    /// <summary>AIS messages decoded from them.</summary>
    public long AisMessages => _aisSources.Sum(s => s.Statistics.Decoder.Messages);

    /// <summary>Takes a body of detection records posted over HTTP: the good lines join the queue (waiting for room),
    /// the bad ones are counted with their line numbers.</summary>
    /// <param name="body">The UTF-8 JSON lines.</param>
    /// <param name="cancellationToken">Cancels the wait for room.</param>
    /// <returns>How many were accepted and rejected, and the first errors.</returns>
    /// <exception cref="InvalidOperationException">The HTTP feed is off.</exception>
    public async Task<(int Accepted, int Rejected, IReadOnlyList<string> Errors)> AcceptAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var status = _http is not null && _options.DetectionsHttp ? _http : throw new InvalidOperationException("The HTTP detections feed is off.");
        var now = _clock.GetUtcNow();
        var lines = DetectionLines.Read(body.Span, now, _options.MaxAhead);
        status.CountReceived(lines.Count);
        var accepted = 0;
        var errors = new List<string>();
        foreach (var line in lines)
        {
            if (line.Record is null)
            {
                status.Reject(line.Number, line.Error!);
                if (errors.Count < FeedStatus.KeptErrors)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"line {line.Number}: {line.Error}"));
                }

                continue;
            }

            await _queue.Writer.WriteAsync(new FeedInput(status, line.Record, null, now), cancellationToken).ConfigureAwait(false);
            accepted++;
        }

        return (accepted, lines.Count - accepted, errors);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_feeds.Count == 0)
        {
            return;
        }

        // Off the start-up path: binding and the picture's start should not hold up the server.
        await Task.Yield();
        foreach (var (name, reason) in _options.Errors)
        {
            LogMessages.RealFeedFailed(_logger, name, reason);
        }

        await using var ingest = new AisIngest(IngestCapacity);
        using var detectionsUdp = OpenDetectionsUdp();
        OpenAis(ingest);
        if (ingest.Sources.Count == 0 && detectionsUdp is null && !_options.DetectionsHttp)
        {
            LogMessages.RealFeedsNone(_logger);
            return;
        }

        var runs = new List<Task>();
        try
        {
            if (!_simulatorRuns)
            {
                await _picture.StartAsync(PictureEnvironment.Unknown(), stoppingToken).ConfigureAwait(false);
                // The picture's frames start now: whatever arrives dated earlier is late, never a reason to replay the past.
                _picture.StepCompleted(_clock.GetUtcNow());
            }

            if (ingest.Sources.Count > 0)
            {
                runs.Add(RunAisAsync(ingest, stoppingToken));
                foreach (var source in ingest.Sources)
                {
                    _feeds.Single(f => f.Name == source.Name).Running = true;
                }
            }

            if (detectionsUdp is not null)
            {
                runs.Add(RunDetectionsUdpAsync(detectionsUdp, _detectionsUdp!, stoppingToken));
                _detectionsUdp!.Running = true;
            }

            if (_http is not null && _options.DetectionsHttp)
            {
                _http.Running = true;
            }

            foreach (var feed in _feeds.Where(f => f.Running))
            {
                LogMessages.RealFeedStarted(_logger, feed.Name, feed.Endpoint);
            }

            await ReadQueueAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping: what waits in the queue is stored before the feeds close.
            while (_queue.Reader.TryRead(out var input))
            {
                Take(input);
            }

            await StepAsync(_clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The picture could not start (its store is down): the server stays up without the feeds, and says why.
            foreach (var feed in _feeds)
            {
                Fail(feed, ex.Message);
            }
        }
        finally
        {
            foreach (var feed in _feeds)
            {
                feed.Running = false;
            }

            detectionsUdp?.Dispose();
            await ingest.DisposeAsync().ConfigureAwait(false);
            await Task.WhenAll(runs.Select(r => r.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)))
                .ConfigureAwait(false);
        }
    }

    private FeedStatus? Status(string name, string kind, string? endpoint)
    {
        var error = _options.Errors.GetValueOrDefault(name);
        if (endpoint is null && error is null)
        {
            return null;
        }

        var status = new FeedStatus(name, kind, endpoint ?? "");
        if (error is not null)
        {
            status.Fail(error);
        }

        _feeds.Add(status);
        return status;
    }

    private DetectionUdpListener? OpenDetectionsUdp()
    {
        if (_options.DetectionsUdp is not { } endPoint || _detectionsUdp is null)
        {
            return null;
        }

        try
        {
            var listener = new DetectionUdpListener(endPoint, _detectionsUdp, _clock, _options.MaxAhead);
            _detectionsUdp.Endpoint = "udp://" + listener.LocalEndPoint;
            return listener;
        }
        catch (SocketException ex)
        {
            Fail(_detectionsUdp, $"cannot listen on {endPoint}: {ex.Message}");
            return null;
        }
    }

    private void OpenAis(AisIngest ingest)
    {
        if (_options.AisUdp is { } udp && _aisUdp is not null)
        {
            try
            {
                var source = new AisUdpSource(_aisUdp.Name, udp, SourceOptions(_aisUdp), _clock);
                _aisUdp.Endpoint = "udp://" + source.LocalEndPoint;
                Add(ingest, source, _aisUdp);
            }
            catch (SocketException ex)
            {
                Fail(_aisUdp, $"cannot listen on {udp}: {ex.Message}");
            }
        }

        if (_options.AisTcp is { } tcp && _aisTcp is not null)
        {
            try
            {
                Add(ingest, new AisTcpClientSource(_aisTcp.Name, tcp.Host, tcp.Port, _options.AisTcpClient, SourceOptions(_aisTcp), _clock), _aisTcp);
            }
            catch (ArgumentException ex)
            {
                Fail(_aisTcp, ex.Message);
            }
        }
    }

    private void Add(AisIngest ingest, AisSource source, FeedStatus status)
    {
        // Each source is named after its feed.
        ingest.Add(source);
        _aisSources = [.. _aisSources, source];
        status.Follow(source);
    }

    private void Fail(FeedStatus status, string reason)
    {
        status.Fail(reason);
        LogMessages.RealFeedFailed(_logger, status.Name, reason);
    }

    // Each source decodes (and counts) for itself; the picture is handed the raw sentences and decodes them as it does
    // the simulator's, so that live and replayed AIS go the same way.
    private AisSourceOptions SourceOptions(FeedStatus status) => new() { OnSentence = sentence => Enqueue(status, sentence) };

    private void Enqueue(FeedStatus status, string sentence)
    {
        var now = _clock.GetUtcNow();
        if (TagBlockTime(sentence) is { } time && time - now > _options.MaxAhead)
        {
            status.Reject(status.Received, string.Create(CultureInfo.InvariantCulture,
                $"tag-block time {time:yyyy-MM-dd'T'HH:mm:ss'Z'} is {(time - now).TotalSeconds:0} s ahead of the server's clock (at most {_options.MaxAhead.TotalSeconds:0} s)"));
            return;
        }

        if (!_queue.Writer.TryWrite(new FeedInput(status, null, sentence, now)))
        {
            status.CountDropped();
        }
    }

    private static DateTimeOffset? TagBlockTime(string sentence)
    {
        if (!sentence.StartsWith('\\'))
        {
            return null;
        }

        var bytes = Encoding.Latin1.GetBytes(sentence);
        return AisSentenceParser.Parse(bytes, out var parsed, out _) == AisLineKind.Sentence &&
            parsed.TagBlock.UnixTimeMilliseconds is { } ms && ms >= 0 && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
    }

    // Decoded messages are counted by their sources; nothing else needs them, so they are read and let go.
    private async Task RunAisAsync(AisIngest ingest, CancellationToken cancellationToken)
    {
        try
        {
            var run = ingest.RunAsync(cancellationToken);
            await foreach (var _ in ingest.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
            }

            await run.ConfigureAwait(false);
        }
        catch (AggregateException)
        {
            // A source that failed has recorded why (its statistics' fault, shown as the feed's last error); the others ran on until now.
            foreach (var source in _aisSources.Where(s => s.Statistics.Fault is not null))
            {
                _feeds.Single(f => f.Name == source.Name).Running = false;
            }
        }
    }

    private async Task RunDetectionsUdpAsync(DetectionUdpListener listener, FeedStatus status, CancellationToken cancellationToken)
    {
        try
        {
            await listener.RunAsync(_queue.Writer, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            status.Fail("the socket failed: " + ex.Message);
            status.Running = false;
        }
    }

    private async Task ReadQueueAsync(CancellationToken cancellationToken)
    {
        var reader = _queue.Reader;
        var nextTick = _clock.GetUtcNow() + Tick;
        while (true)
        {
            var taken = 0;
            // A bounded helping between ticks, so that a flood cannot hold off the clock and the store.
            while (taken < StoreBatch && reader.TryRead(out var input))
            {
                Take(input);
                taken++;
            }

            var now = _clock.GetUtcNow();
            if (now >= nextTick || _sink.Pending >= StoreBatch)
            {
                await StepAsync(now, cancellationToken).ConfigureAwait(false);
                nextTick = now + Tick;
            }

            if (taken == 0)
            {
                await WaitAsync(reader, nextTick - now, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void Take(FeedInput input)
    {
        try
        {
            if (input.Record is { } received)
            {
                // The feed's configured provenance, so that the picture's tracks carry the same label as the store.
                var record = received.Provenance is null ? received with { Provenance = _sink.Provenance } : received;
                _picture.Detection(record);
                _sink.Detection(record);
            }
            else
            {
                _picture.Ais(input.ReceivedAt, input.AisSentence!);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
        {
            // Input that got past the checks but that the pipeline cannot use: counted on its feed, never fatal.
            input.Feed.Fail(ex.Message);
            LogMessages.RealFeedRecordFailed(_logger, input.Feed.Name, ex.Message);
        }
    }

    private async Task StepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!_simulatorRuns)
        {
            _picture.StepCompleted(now);
        }

        try
        {
            await _sink.FlushAsync(_database.Detections, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database fault loses this batch (counted) but not the feed: the next batch may succeed.
            LogMessages.RealFeedStoreFailed(_logger, ex.Message);
        }

        await _picture.FlushAsync().ConfigureAwait(false);
    }

    private async Task WaitAsync(ChannelReader<FeedInput> reader, TimeSpan delay, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await reader.WaitToReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The tick is due.
        }
    }
}
