using System.Threading.Channels;

namespace Entente.Ais.Ingest;

/// <summary>Reads AIS lines from a stream (standard input, a pipe, a decompressing stream) until it ends.</summary>
public sealed class AisStreamSource : AisSource
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;

    /// <summary>Creates a source over a stream.</summary>
    /// <param name="name">The feed's name, e.g. "stdin".</param>
    /// <param name="stream">The stream to read.</param>
    /// <param name="leaveOpen">True to leave the stream open when the source is disposed.</param>
    /// <param name="replay">Pace the messages by their tag-block times; null delivers as fast as they are read.</param>
    /// <param name="options">Limits; defaults when null.</param>
    /// <param name="clock">The clock for receive times and pacing; the system clock when null.</param>
    public AisStreamSource(
        string name,
        Stream stream,
        bool leaveOpen = false,
        AisReplayOptions? replay = null,
        AisSourceOptions? options = null,
        TimeProvider? clock = null)
        : base(name, options, clock, replay)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    private protected override Task RunCoreAsync(ChannelWriter<AisReceived> output, CancellationToken cancellationToken) =>
        ReadToEndAsync(_stream, output, cancellationToken);

    private protected override ValueTask ReleaseAsync() => _leaveOpen ? ValueTask.CompletedTask : _stream.DisposeAsync();
}
