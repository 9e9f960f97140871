using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Entente.Ais.Ingest;

/// <summary>
/// Listens for AIS lines in UDP datagrams, as receivers and AIS dispatchers send them; a datagram may hold several
/// lines, and its last line needs no line ending. The socket is bound when the source is created.
/// </summary>
public sealed class AisUdpSource : AisSource
{
    // The largest UDP payload: a datagram never spans two reads.
    private const int MaxDatagramBytes = 65_535;

    private readonly Socket _socket;
    private volatile bool _disposed;

    /// <summary>Creates a source and binds its socket.</summary>
    /// <param name="name">The feed's name.</param>
    /// <param name="localEndPoint">Where to listen; port 0 picks a free port (see <see cref="LocalEndPoint"/>).</param>
    /// <param name="options">Limits; defaults when null.</param>
    /// <param name="clock">The clock for receive times; the system clock when null.</param>
    /// <exception cref="SocketException">The address cannot be bound (e.g. the port is in use).</exception>
    public AisUdpSource(string name, IPEndPoint localEndPoint, AisSourceOptions? options = null, TimeProvider? clock = null)
        : base(name, options, clock)
    {
        ArgumentNullException.ThrowIfNull(localEndPoint);
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

    /// <summary>The address and port the socket is bound to.</summary>
    public IPEndPoint LocalEndPoint { get; }

    private protected override async Task RunCoreAsync(ChannelWriter<AisReceived> output, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxDatagramBytes];
        while (true)
        {
            int received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused && !_disposed)
            {
                // An ICMP "port unreachable" reported on the socket: the listener itself is fine.
                Statistics.NoteConnectionError(ex.Message);
                continue;
            }
            catch (Exception ex) when (_disposed && ex is SocketException or ObjectDisposedException)
            {
                return;
            }

            Statistics.CountDatagram();
            Statistics.CountBytes(received);
            DecodeDatagram(buffer.AsSpan(0, received));
            await DeliverAsync(output, cancellationToken);
        }
    }

    private void DecodeDatagram(ReadOnlySpan<byte> datagram)
    {
        while (!datagram.IsEmpty)
        {
            var end = datagram.IndexOfAny((byte)'\n', (byte)'\r');
            var line = end < 0 ? datagram : datagram[..end];
            datagram = end < 0 ? default : datagram[(end + 1)..];
            // A CR LF pair leaves an empty piece between them; it is not a line.
            if (!line.IsEmpty)
            {
                DecodeLine(line);
            }
        }
    }

    private protected override ValueTask ReleaseAsync()
    {
        _disposed = true;
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
