using System.Globalization;
using System.Net.Sockets;
using System.Threading.Channels;
using Entente.Ais.Framing;

namespace Entente.Ais.Ingest;

/// <summary>
/// Connects to a TCP feed (an AIS dispatcher, a receiver, a national AIS service) and reads its lines, reconnecting
/// with exponential back-off whenever the connection fails, closes or falls silent. Lines may span packets; a line
/// broken by a lost connection is counted as cut off. Runs until cancelled or disposed.
/// </summary>
public sealed class AisTcpClientSource : AisSource
{
    private readonly AisTcpClientOptions _tcp;
    private readonly Lock _gate = new();
    private Socket? _socket;
    private bool _disposed;

    /// <summary>Creates a source; it connects when run.</summary>
    /// <param name="name">The feed's name.</param>
    /// <param name="host">The host name or address.</param>
    /// <param name="port">The TCP port.</param>
    /// <param name="tcp">Back-off and timeouts; defaults when null.</param>
    /// <param name="options">Limits; defaults when null.</param>
    /// <param name="clock">The clock for receive times, back-off and timeouts; the system clock when null.</param>
    public AisTcpClientSource(
        string name,
        string host,
        int port,
        AisTcpClientOptions? tcp = null,
        AisSourceOptions? options = null,
        TimeProvider? clock = null)
        : base(name, options, clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        _tcp = tcp ?? new AisTcpClientOptions();
        if (!(_tcp.InitialBackoffSeconds >= 0) || !(_tcp.MaxBackoffSeconds >= _tcp.InitialBackoffSeconds) || !(_tcp.BackoffMultiplier >= 1) ||
            !(_tcp.ConnectTimeoutSeconds > 0) || !(_tcp.IdleTimeoutSeconds >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tcp), _tcp, "Back-off and timeouts must be non-negative, the cap at least the first wait and the multiplier at least 1.");
        }

        Host = host;
        Port = port;
    }

    /// <summary>The host connected to.</summary>
    public string Host { get; }

    /// <summary>The port connected to.</summary>
    public int Port { get; }

    /// <summary>The wait before reconnecting after a run of failures.</summary>
    /// <param name="failures">Failed or lost connections in a row since the last one that delivered data, from 1.</param>
    /// <returns>The wait: the first back-off times the multiplier per further failure, capped.</returns>
    public TimeSpan BackoffAfter(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var seconds = _tcp.InitialBackoffSeconds * Math.Pow(_tcp.BackoffMultiplier, Math.Min(failures - 1, 64));
        return TimeSpan.FromSeconds(Math.Min(seconds, _tcp.MaxBackoffSeconds));
    }

    private protected override async Task RunCoreAsync(ChannelWriter<AisReceived> output, CancellationToken cancellationToken)
    {
        var lines = CreateLineBuffer();
        var failures = 0;
        while (!IsDisposed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var delivered = await ConnectAndReadAsync(lines, output, cancellationToken);
            failures = delivered ? 1 : failures + 1;
            if (IsDisposed)
            {
                return;
            }

            var backoff = BackoffAfter(failures);
            Statistics.StartBackoff(backoff);
            await Task.Delay(backoff, Clock, cancellationToken);
        }
    }

    /// <summary>One connection: connects, reads until it ends, and says whether it delivered any line.</summary>
    private async Task<bool> ConnectAndReadAsync(NmeaLineBuffer lines, ChannelWriter<AisReceived> output, CancellationToken cancellationToken)
    {
        Statistics.CountConnectionAttempt();
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        lock (_gate)
        {
            if (_disposed)
            {
                return false;
            }

            _socket = socket;
        }

        try
        {
            if (!await ConnectAsync(socket, cancellationToken))
            {
                return false;
            }

            Statistics.CountConnection();
            var linesBefore = Statistics.Lines;
            var reason = await ReadAsync(socket, lines, output, cancellationToken);
            // Whatever is left of the last line was cut by the disconnection.
            EndInput(lines, lineCutOff: true);
            await DeliverAsync(output, cancellationToken);
            Statistics.CountDisconnect(reason);
            return Statistics.Lines > linesBefore;
        }
        finally
        {
            lines.Reset();
            lock (_gate)
            {
                _socket = null;
            }
        }
    }

    private async Task<bool> ConnectAsync(Socket socket, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_tcp.ConnectTimeoutSeconds), Clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await socket.ConnectAsync(Host, Port, linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Statistics.CountConnectFailure(string.Create(CultureInfo.InvariantCulture, $"connecting to {Host}:{Port} timed out after {_tcp.ConnectTimeoutSeconds} s"));
        }
        catch (SocketException ex)
        {
            Statistics.CountConnectFailure($"cannot connect to {Host}:{Port}: {ex.Message}");
        }
        catch (ObjectDisposedException) when (IsDisposed)
        {
        }

        return false;
    }

    /// <summary>Reads until the connection ends; returns why it ended.</summary>
    private async Task<string> ReadAsync(Socket socket, NmeaLineBuffer lines, ChannelWriter<AisReceived> output, CancellationToken cancellationToken)
    {
        var idle = _tcp.IdleTimeoutSeconds > 0 ? TimeSpan.FromSeconds(_tcp.IdleTimeoutSeconds) : Timeout.InfiniteTimeSpan;
        using var silence = new CancellationTokenSource(Timeout.InfiniteTimeSpan, Clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, silence.Token);
        while (true)
        {
            int read;
            try
            {
                silence.CancelAfter(idle);
                read = await socket.ReceiveAsync(lines.GetWriteMemory(), SocketFlags.None, linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return string.Create(CultureInfo.InvariantCulture, $"no data from {Host}:{Port} for {_tcp.IdleTimeoutSeconds} s");
            }
            catch (SocketException ex)
            {
                return $"connection to {Host}:{Port} failed: {ex.Message}";
            }
            catch (ObjectDisposedException) when (IsDisposed)
            {
                return "the source was disposed";
            }

            if (read == 0)
            {
                return $"{Host}:{Port} closed the connection";
            }

            Accept(lines, read);
            await DeliverAsync(output, cancellationToken);
        }
    }

    private bool IsDisposed
    {
        get
        {
            lock (_gate)
            {
                return _disposed;
            }
        }
    }

    private protected override ValueTask ReleaseAsync()
    {
        lock (_gate)
        {
            _disposed = true;
            _socket?.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
