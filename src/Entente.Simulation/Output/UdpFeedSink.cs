using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Entente.Core.Detections;

namespace Entente.Simulation.Output;

/// <summary>
/// Sends a simulation live over UDP: each AIS line as one datagram (ending in CR LF, as NMEA feeds do) to the AIS
/// endpoint, each detection as one JSON line (docs/formats/detections.md, ending in LF) to the detections endpoint, and
/// truth as JSON lines to a third endpoint when one is given.
/// </summary>
/// <remarks>
/// A datagram that cannot be sent (no route, buffer full) is counted in <see cref="DatagramsFailed"/> and dropped:
/// a live feed goes on. Calls come from one thread, as <see cref="ISimulationSink"/> promises; the counters may be read
/// from any thread.
/// </remarks>
public sealed class UdpFeedSink : ISimulationSink, IDisposable
{
    private static readonly byte[] CrLf = "\r\n"u8.ToArray();
    private readonly Socket _socket;
    private readonly IPEndPoint _ais;
    private readonly IPEndPoint _detections;
    private readonly IPEndPoint? _truth;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;
    private long _sent;
    private long _failed;

    /// <summary>Opens a UDP socket for sending.</summary>
    /// <param name="ais">Where AIS lines go.</param>
    /// <param name="detections">Where detections go.</param>
    /// <param name="truth">Where truth records go; not sent when null.</param>
    public UdpFeedSink(IPEndPoint ais, IPEndPoint detections, IPEndPoint? truth = null)
    {
        ArgumentNullException.ThrowIfNull(ais);
        ArgumentNullException.ThrowIfNull(detections);
        _ais = ais;
        _detections = detections;
        _truth = truth;
        var allIpv4 = ais.AddressFamily == AddressFamily.InterNetwork && detections.AddressFamily == AddressFamily.InterNetwork &&
                      truth is null or { AddressFamily: AddressFamily.InterNetwork };
        // A dual-mode IPv6 socket reaches IPv4 and IPv6 endpoints alike; an IPv4 one is used when it is enough, as some hosts lack IPv6.
        _socket = allIpv4
            ? new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
            : new Socket(AddressFamily.InterNetworkV6, SocketType.Dgram, ProtocolType.Udp) { DualMode = true };
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>Datagrams sent so far.</summary>
    public long DatagramsSent => Interlocked.Read(ref _sent);

    /// <summary>Datagrams that could not be sent and were dropped.</summary>
    public long DatagramsFailed => Interlocked.Read(ref _failed);

    /// <inheritdoc />
    public void Truth(TruthRecord record)
    {
        if (_truth is null)
        {
            return;
        }

        TruthRecordJson.Write(_json, record);
        SendJson(_truth);
    }

    /// <inheritdoc />
    public void Detection(DetectionRecord record)
    {
        DetectionRecordJson.Write(_json, record);
        SendJson(_detections);
    }

    /// <inheritdoc />
    public void Ais(DateTimeOffset time, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var span = _buffer.GetSpan(line.Length + CrLf.Length);
        // NMEA is ASCII; tag blocks and payloads never hold anything else.
        var written = Encoding.ASCII.GetBytes(line, span);
        CrLf.CopyTo(span[written..]);
        _buffer.Advance(written + CrLf.Length);
        Send(_buffer.WrittenSpan, _ais);
        // The JSON writer shares the buffer and appends to what is in it.
        _buffer.ResetWrittenCount();
    }

    /// <inheritdoc />
    public void StepCompleted(DateTimeOffset time)
    {
    }

    /// <summary>Closes the socket.</summary>
    public void Dispose()
    {
        _json.Dispose();
        _socket.Dispose();
    }

    private void SendJson(IPEndPoint to)
    {
        _json.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        Send(_buffer.WrittenSpan, to);
        _buffer.ResetWrittenCount();
        _json.Reset();
    }

    private void Send(ReadOnlySpan<byte> datagram, IPEndPoint to)
    {
        try
        {
            _socket.SendTo(datagram, SocketFlags.None, to);
            Interlocked.Increment(ref _sent);
        }
        catch (SocketException)
        {
            Interlocked.Increment(ref _failed);
        }
    }
}
