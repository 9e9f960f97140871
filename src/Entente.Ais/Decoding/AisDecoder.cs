using Entente.Ais.Framing;
using Entente.Ais.Messages;
using Entente.Ais.Payload;
using Entente.Ais.Reassembly;

namespace Entente.Ais.Decoding;

/// <summary>
/// Turns lines of NMEA 0183 into AIS messages: frames each sentence, joins multi-sentence messages, de-armours the
/// payload and decodes it. One decoder per feed; not thread-safe. Bad input is counted in
/// <see cref="Statistics"/> and described by <see cref="LastError"/>; nothing is thrown.
/// </summary>
/// <remarks>
/// Two ways in: <see cref="Decode(ReadOnlySpan{byte})"/> returns a boxed message, and
/// <see cref="DecodePayload"/> exposes the payload so a caller can read a message type of its choice without
/// allocating (for example <see cref="PositionReportClassA.TryRead"/>).
/// </remarks>
public sealed class AisDecoder
{
    private readonly AisBitBuffer _buffer = new();
    private readonly FragmentAssembler _assembler;
    private readonly AsciiInterner _talkers = new(64);
    private readonly AsciiInterner _sources = new(4096);
    private readonly string? _defaultSource;
    private long _sentenceNumber;

    /// <summary>Creates a decoder.</summary>
    /// <param name="options">Limits; defaults when null.</param>
    public AisDecoder(AisDecoderOptions? options = null)
    {
        options ??= new AisDecoderOptions();
        _assembler = new FragmentAssembler(options.MaxPendingGroups, options.MaxGroupAgeSentences);
        _defaultSource = options.DefaultSource;
    }

    /// <summary>Counts of everything seen.</summary>
    public AisDecoderStatistics Statistics { get; } = new();

    /// <summary>Why the last line was rejected, or <see cref="AisErrorKind.None"/>.</summary>
    public AisErrorKind LastError { get; private set; }

    /// <summary>How many multi-sentence groups are waiting for fragments.</summary>
    public int PendingGroups => _assembler.PendingCount;

    /// <summary>Decodes one line into a message.</summary>
    /// <param name="line">One line of input.</param>
    /// <returns>The outcome; its message is set when the status is <see cref="AisDecodeStatus.Message"/>.</returns>
    public AisDecodeResult Decode(ReadOnlySpan<byte> line)
    {
        var status = DecodePayload(line, out var payload);
        if (status != AisDecodeStatus.Message)
        {
            return new AisDecodeResult(status, null, LastError, default);
        }

        if (!AisMessageReader.TryRead(payload, out var message, out var error))
        {
            ReportMessageError(error, payload.MessageType);
            return new AisDecodeResult(AisDecodeStatus.Error, null, error, payload.Reception);
        }

        return new AisDecodeResult(AisDecodeStatus.Message, message, AisErrorKind.None, payload.Reception);
    }

    /// <summary>Decodes one line into a message.</summary>
    /// <param name="line">One line of text.</param>
    /// <returns>The outcome.</returns>
    public AisDecodeResult Decode(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        Span<byte> bytes = line.Length <= 512 ? stackalloc byte[line.Length] : new byte[line.Length];
        for (var i = 0; i < line.Length; i++)
        {
            bytes[i] = line[i] < 128 ? (byte)line[i] : (byte)'?';
        }

        return Decode(bytes);
    }

    /// <summary>Frames and reassembles one line; when a message is complete, exposes its payload.</summary>
    /// <param name="line">One line of input.</param>
    /// <param name="payload">The payload when the status is <see cref="AisDecodeStatus.Message"/>; valid until the next call.</param>
    /// <returns>The outcome.</returns>
    public AisDecodeStatus DecodePayload(ReadOnlySpan<byte> line, out AisPayload payload)
    {
        payload = default;
        LastError = AisErrorKind.None;
        Statistics.CountLine();
        var kind = AisSentenceParser.Parse(line, out var sentence, out var error);
        switch (kind)
        {
            case AisLineKind.Blank:
                return AisDecodeStatus.Skipped;
            case AisLineKind.NotAis:
                Statistics.CountNotAis();
                return AisDecodeStatus.Skipped;
            case AisLineKind.Error:
                return Fail(error);
            default:
                break;
        }

        _sentenceNumber++;
        Statistics.CountSentence(!sentence.HasChecksum, sentence.TagBlockIgnored);
        if (_assembler.PendingCount > 0)
        {
            var aged = _assembler.ExpireOld(_sentenceNumber);
            if (aged > 0)
            {
                Statistics.CountError(AisErrorKind.IncompleteGroupExpired, aged);
            }
        }

        var tag = sentence.TagBlock;
        var source = tag.Source.IsEmpty ? _defaultSource : _sources.Intern(tag.Source);
        var talker = _talkers.Intern(sentence.Talker);
        char? channel = sentence.Channel == 0 ? null : (char)sentence.Channel;

        if (sentence.FragmentCount == 1)
        {
            _buffer.Clear();
            if (!_buffer.Append(sentence.Payload))
            {
                return Fail(AisErrorKind.BadPayloadCharacter);
            }

            _buffer.Complete(sentence.FillBits);
            var reception = new AisReception(talker, channel, sentence.IsOwnShip, source, tag.UnixTimeMilliseconds, 1, !sentence.HasChecksum);
            return Complete(reception, out payload);
        }

        var key = tag.HasGroup && tag.GroupSentenceCount == sentence.FragmentCount
            ? new GroupKey(sentence.FragmentCount, tag.GroupId, null, 0, -1)
            : new GroupKey(sentence.FragmentCount, -1, source, sentence.Channel, sentence.SequenceId);
        var facts = new FragmentFacts(talker, channel, sentence.IsOwnShip, source, tag.UnixTimeMilliseconds, !sentence.HasChecksum);
        var group = _assembler.Add(key, sentence.FragmentNumber, sentence.Payload, sentence.FillBits, facts, _sentenceNumber, out var expired);
        if (expired > 0)
        {
            Statistics.CountError(AisErrorKind.IncompleteGroupExpired, expired);
        }

        if (group is null)
        {
            return AisDecodeStatus.Pending;
        }

        var assembled = FragmentAssembler.Assemble(group, _buffer);
        var groupReception = new AisReception(group.Talker, group.Channel, group.IsOwnShip, group.Source, group.UnixTimeMilliseconds, group.Key.Count, group.ChecksumMissing);
        group.Release();
        if (!assembled)
        {
            return Fail(AisErrorKind.BadPayloadCharacter);
        }

        return Complete(groupReception, out payload);
    }

    /// <summary>Counts a message-level error found by a caller that read the payload itself.</summary>
    /// <param name="kind">The error.</param>
    /// <param name="messageType">The payload's message type, which is then not counted as decoded.</param>
    public void ReportMessageError(AisErrorKind kind, int messageType)
    {
        LastError = kind;
        Statistics.CountError(kind);
        Statistics.UncountMessage(messageType);
    }

    /// <summary>
    /// Counts a line that was rejected before it reached the decoder, e.g. too long for the reader's buffer
    /// (<see cref="AisErrorKind.LineTooLong"/>) or cut off by a lost connection (<see cref="AisErrorKind.LineCutOff"/>).
    /// </summary>
    /// <param name="kind">Why the line was rejected.</param>
    public void ReportLineError(AisErrorKind kind)
    {
        Statistics.CountLine();
        LastError = kind;
        Statistics.CountError(kind);
    }

    /// <summary>Ends the input: incomplete groups are dropped and counted.</summary>
    /// <returns>How many groups were dropped.</returns>
    public int Flush()
    {
        var dropped = _assembler.Flush();
        if (dropped > 0)
        {
            Statistics.CountError(AisErrorKind.IncompleteGroupExpired, dropped);
        }

        return dropped;
    }

    private AisDecodeStatus Complete(AisReception reception, out AisPayload payload)
    {
        payload = new AisPayload(_buffer.Words, _buffer.BitLength, reception);
        var type = payload.MessageType;
        if (type is < 1 or > 27)
        {
            payload = default;
            return Fail(AisErrorKind.UnknownMessageType);
        }

        Statistics.CountMessage(type);
        return AisDecodeStatus.Message;
    }

    private AisDecodeStatus Fail(AisErrorKind error)
    {
        LastError = error;
        Statistics.CountError(error);
        return AisDecodeStatus.Error;
    }
}
