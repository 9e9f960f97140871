using System.Threading.Channels;
using Entente.Ais.Decoding;
using Entente.Ais.Framing;

namespace Entente.Ais.Ingest;

/// <summary>
/// A feed of AIS lines (file, stream, UDP, TCP) with its own decoder, writing decoded messages into a channel shared
/// with other sources. Bad input never stops a source: each rejected line is counted by kind in
/// <see cref="Statistics"/> and the latest are kept with their text.
/// </summary>
public abstract class AisSource : IAsyncDisposable
{
    private readonly AisDecoder _decoder;
    private readonly List<AisReceived> _batch = [];
    private readonly ReplayPacer? _pacer;
    private long _lineNumber;
    private int _started;

    private protected AisSource(string name, AisSourceOptions? options, TimeProvider? clock, AisReplayOptions? replay = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Options = options ?? new AisSourceOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxLineBytes, 16, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.ReadBufferBytes, 2 * Options.MaxLineBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(Options.RecentErrorCapacity, nameof(options));
        Name = name;
        Clock = clock ?? TimeProvider.System;
        _decoder = new AisDecoder(Options.Decoder);
        _pacer = replay is null ? null : new ReplayPacer(replay, Clock);
        Statistics = new AisSourceStatistics(_decoder.Statistics, Options.RecentErrorCapacity);
    }

    /// <summary>The feed's name, given to every message it delivers.</summary>
    public string Name { get; }

    /// <summary>What the source has read, decoded and rejected so far.</summary>
    public AisSourceStatistics Statistics { get; }

    private protected AisSourceOptions Options { get; }

    private protected TimeProvider Clock { get; }

    /// <summary>Reads the feed and writes its messages to <paramref name="output"/> until it ends or is cancelled.</summary>
    /// <param name="output">Where messages go; not completed by the source, since sources share it.</param>
    /// <param name="cancellationToken">Stops the source.</param>
    /// <returns>A task that ends when the feed ends; live feeds end only when cancelled.</returns>
    /// <exception cref="InvalidOperationException">The source was already run.</exception>
    public Task RunAsync(ChannelWriter<AisReceived> output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException($"The AIS source '{Name}' has already been run; create a new one.");
        }

        return RunCoreAsync(output, cancellationToken);
    }

    /// <summary>Releases the source's file, stream or socket.</summary>
    /// <returns>A task that ends when released.</returns>
    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        GC.SuppressFinalize(this);
    }

    private protected abstract Task RunCoreAsync(ChannelWriter<AisReceived> output, CancellationToken cancellationToken);

    private protected virtual ValueTask ReleaseAsync() => ValueTask.CompletedTask;

    private protected NmeaLineBuffer CreateLineBuffer() => new(Options.MaxLineBytes, Options.ReadBufferBytes);

    /// <summary>Reads a stream to its end: the last line counts even without a line ending.</summary>
    private protected async Task ReadToEndAsync(Stream stream, ChannelWriter<AisReceived> output, CancellationToken cancellationToken)
    {
        var lines = CreateLineBuffer();
        while (true)
        {
            var read = await stream.ReadAsync(lines.GetWriteMemory(), cancellationToken);
            if (read == 0)
            {
                break;
            }

            Accept(lines, read);
            await DeliverAsync(output, cancellationToken);
        }

        EndInput(lines, lineCutOff: false);
        EndFeed();
        await DeliverAsync(output, cancellationToken);
    }

    /// <summary>Takes <paramref name="read"/> new bytes into the buffer and decodes every complete line.</summary>
    private protected void Accept(NmeaLineBuffer lines, int read)
    {
        Statistics.CountBytes(read);
        lines.Advance(read);
        while (true)
        {
            switch (lines.ReadLine(out var line))
            {
                case NmeaLineStatus.Line:
                    DecodeLine(line);
                    break;
                case NmeaLineStatus.LineTooLong:
                    RejectLine(line, AisErrorKind.LineTooLong);
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary>
    /// Ends the input of <paramref name="lines"/>. An unfinished last line is decoded, unless
    /// <paramref name="lineCutOff"/> says the input broke off (a lost connection) and its last sentence has no checksum
    /// yet: then it is counted as cut off rather than decoded as a shorter message.
    /// </summary>
    private protected void EndInput(NmeaLineBuffer lines, bool lineCutOff)
    {
        switch (lines.ReadRest(out var rest))
        {
            case NmeaLineStatus.Line:
                if (!lineCutOff || EndsWithChecksum(rest) || rest.Trim(" \t"u8).IsEmpty)
                {
                    DecodeLine(rest);
                    return;
                }

                // Sentences before the break are whole; only the last one is cut.
                var number = NextLineNumber();
                var remaining = rest;
                foreach (var sentence in new NmeaLineSplitter(rest))
                {
                    remaining = remaining[sentence.Length..];
                    if (remaining.IsEmpty)
                    {
                        Count(sentence, number, AisErrorKind.LineCutOff);
                    }
                    else
                    {
                        DecodeSentence(sentence, number);
                    }
                }

                return;
            case NmeaLineStatus.LineTooLong:
                RejectLine(rest, AisErrorKind.LineTooLong);
                return;
            default:
                return;
        }
    }

    /// <summary>Decodes one physical line, which may hold several sentences.</summary>
    private protected void DecodeLine(ReadOnlySpan<byte> line)
    {
        if (line.Length > Options.MaxLineBytes)
        {
            RejectLine(line[..Options.MaxLineBytes], AisErrorKind.LineTooLong);
            return;
        }

        var number = NextLineNumber();
        foreach (var sentence in new NmeaLineSplitter(line))
        {
            DecodeSentence(sentence, number);
        }
    }

    /// <summary>Ends the feed: multi-sentence groups still waiting are dropped and counted.</summary>
    private protected void EndFeed()
    {
        var dropped = _decoder.Flush();
        var reported = Options.OnRejectedLine is null ? Math.Min(dropped, Statistics.RecentErrorCapacity) : dropped;
        for (var i = 0; i < reported; i++)
        {
            Remember(default, _lineNumber, AisErrorKind.IncompleteGroupExpired);
        }
    }

    /// <summary>Writes the messages decoded so far to the channel, paced when replaying.</summary>
    private protected async ValueTask DeliverAsync(ChannelWriter<AisReceived> output, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var message in _batch)
            {
                if (_pacer is not null)
                {
                    await _pacer.WaitAsync(message, cancellationToken);
                }

                if (!output.TryWrite(message))
                {
                    await output.WriteAsync(message, cancellationToken);
                }
            }
        }
        finally
        {
            _batch.Clear();
        }
    }

    private void RejectLine(ReadOnlySpan<byte> line, AisErrorKind kind) => Count(line, NextLineNumber(), kind);

    private void Count(ReadOnlySpan<byte> line, long number, AisErrorKind kind)
    {
        _decoder.ReportLineError(kind);
        Remember(line, number, kind);
    }

    private long NextLineNumber() => _lineNumber = Statistics.CountLine();

    private void DecodeSentence(ReadOnlySpan<byte> sentence, long number)
    {
        var errorsBefore = _decoder.Statistics.Errors;
        var result = _decoder.Decode(sentence);
        var newErrors = _decoder.Statistics.Errors - errorsBefore;
        if (result.Status == AisDecodeStatus.Message)
        {
            _batch.Add(Receive(result));
        }
        else if (result.Status == AisDecodeStatus.Error)
        {
            Remember(sentence, number, result.Error);
            newErrors--;
        }

        if (result.Status is AisDecodeStatus.Message or AisDecodeStatus.Pending && Options.OnSentence is { } onSentence)
        {
            onSentence(System.Text.Encoding.Latin1.GetString(sentence.TrimEnd("\r\n"u8)));
        }

        // Other errors of this step are groups that this sentence pushed out; they have no line of their own.
        for (; newErrors > 0; newErrors--)
        {
            Remember(default, number, AisErrorKind.IncompleteGroupExpired);
        }
    }

    private AisReceived Receive(in AisDecodeResult result)
    {
        var reception = result.Reception;
        if (reception.UnixTimeMilliseconds is { } milliseconds &&
            milliseconds >= 0 && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return new AisReceived(result.Message!, reception, Name, DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), true);
        }

        return new AisReceived(result.Message!, reception, Name, Clock.GetUtcNow(), false);
    }

    private void Remember(ReadOnlySpan<byte> line, long number, AisErrorKind kind)
    {
        var callback = Options.OnRejectedLine;
        if (Statistics.RecentErrorCapacity == 0 && callback is null)
        {
            return;
        }

        var rejected = new AisRejectedLine(number, AisRejectedLine.Render(line), kind, Clock.GetUtcNow());
        Statistics.Remember(rejected);
        callback?.Invoke(rejected);
    }

    private static bool EndsWithChecksum(ReadOnlySpan<byte> line)
    {
        var bang = line.LastIndexOf((byte)'!');
        if (bang < 0)
        {
            return false;
        }

        var tail = line[bang..];
        var star = tail.IndexOf((byte)'*');
        return star >= 0 && star + 2 < tail.Length && NmeaChecksum.TryParseHex(tail[star + 1], tail[star + 2], out _);
    }
}
