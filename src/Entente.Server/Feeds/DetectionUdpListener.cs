using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Entente.Server.Feeds;

/// <summary>
/// Listens for detection records as JSON lines over UDP, one or more lines per datagram, as <c>entente sim live
/// --detections-udp</c> and sensor gateways send them. Each good record goes to the picture's queue without waiting:
/// when the queue is full it is dropped and counted, so a flood never stalls the socket nor grows memory.
/// </summary>
internal sealed class DetectionUdpListener : IDisposable
{
    // The largest UDP payload: a datagram never spans two reads.
    private const int MaxDatagramBytes = 65_535;

    private readonly Socket _socket;
    private readonly FeedStatus _status;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _maxAhead;
    private volatile bool _disposed;

    /// <summary>Binds the socket.</summary>
    /// <param name="localEndPoint">Where to listen; port 0 picks a free port.</param>
    /// <param name="status">The feed's counts.</param>
    /// <param name="clock">The server's clock.</param>
    /// <param name="maxAhead">How far ahead of the clock a record may be.</param>
    /// <exception cref="SocketException">The address cannot be bound.</exception>
    public DetectionUdpListener(IPEndPoint localEndPoint, FeedStatus status, TimeProvider clock, TimeSpan maxAhead)
    {
        _status = status;
        _clock = clock;
        _maxAhead = maxAhead;
        _socket = new Socket(localEndPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            _socket.Bind(localEndPoint);
        }
        catch
        {
            _socket.Dispose();
            throw;
        }

        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    /// <summary>The address and port bound.</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Receives until cancelled or disposed.</summary>
    /// <param name="queue">The picture's queue.</param>
    /// <param name="cancellationToken">Stops it.</param>
    /// <returns>Ends when stopped.</returns>
    public async Task RunAsync(ChannelWriter<FeedInput> queue, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxDatagramBytes];
        while (!cancellationToken.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused && !_disposed)
            {
                // An ICMP "port unreachable" reported on the socket: the listener itself is fine.
                continue;
            }
            catch (Exception ex) when (_disposed && ex is SocketException or ObjectDisposedException)
            {
                return;
            }

            var now = _clock.GetUtcNow();
            foreach (var line in DetectionLines.Read(buffer.AsSpan(0, received), now, _maxAhead))
            {
                _status.CountReceived(1);
                if (line.Record is null)
                {
                    _status.Reject(line.Number, line.Error!);
                }
                else if (!queue.TryWrite(new FeedInput(_status, line.Record, null, now)))
                {
                    _status.CountDropped();
                }
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _socket.Dispose();
    }
}
