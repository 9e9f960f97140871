using System.Globalization;
using System.Text;
using Entente.Ais.Decoding;
using Entente.Ais.Framing;
using Entente.Ais.GpsdJson;
using Entente.Ais.Ingest;
using Entente.Ais.Payload;

namespace Entente.Cli.Commands;

/// <summary>
/// The loop of <c>entente ais decode</c>: large reads, lines and sentences as byte spans, payloads decoded without
/// boxing, JSON written into one large output buffer. Nothing is allocated per line unless a line is rejected and
/// reported.
/// </summary>
internal sealed class AisDecodeRunner
{
    private const int ReadBufferBytes = 1 << 20;
    private const int OutputBufferBytes = 1 << 18;
    private const int ErrorTextFlushChars = 1 << 15;

    // A physical line may hold several sentences; each one is checked against the parser's own limit.
    private const int MaxPhysicalLineBytes = 4 * AisSentenceParser.MaxLineBytes;

    private readonly AisDecoder _decoder = new();
    private readonly GpsdJsonWriter _writer;
    private readonly Stream _output;
    private readonly byte[] _outputBuffer = new byte[OutputBufferBytes];
    private readonly TextWriter? _errors;
    private readonly StringBuilder _errorText = new();
    private int _outputLength;
    private long _lineNumber;

    public AisDecodeRunner(GpsdJsonOptions options, Stream output, TextWriter? errors)
    {
        _writer = new GpsdJsonWriter(options);
        _output = output;
        _errors = errors;
    }

    /// <summary>Physical lines read.</summary>
    public long Lines => _lineNumber;

    /// <summary>JSON objects written.</summary>
    public long ObjectsWritten { get; private set; }

    public AisDecoderStatistics Statistics => _decoder.Statistics;

    public void Run(Stream input, CancellationToken cancellationToken)
    {
        var lines = new NmeaLineBuffer(MaxPhysicalLineBytes, ReadBufferBytes);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = input.Read(lines.GetWriteMemory().Span);
            if (read == 0)
            {
                break;
            }

            lines.Advance(read);
            while (true)
            {
                var status = lines.ReadLine(out var line);
                if (status == NmeaLineStatus.NeedMoreData)
                {
                    break;
                }

                Line(status, line);
            }
        }

        var last = lines.ReadRest(out var rest);
        if (last != NmeaLineStatus.NeedMoreData)
        {
            Line(last, rest);
        }

        var dropped = _decoder.Flush();
        for (var i = 0; i < dropped && _errors is not null; i++)
        {
            AppendError("end of input", AisErrorKind.IncompleteGroupExpired, default);
        }

        FlushOutput();
        FlushErrors();
    }

    public void WriteStatistics(TextWriter error)
    {
        var stats = _decoder.Statistics;
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"lines: {_lineNumber}\n");
        text.Append(c, $"sentences: {stats.Sentences}\n");
        text.Append(c, $"sentences without checksum (accepted): {stats.MissingChecksums}\n");
        text.Append(c, $"tag blocks ignored: {stats.TagBlocksIgnored}\n");
        text.Append(c, $"not AIS (skipped): {stats.NotAis}\n");
        text.Append(c, $"messages: {stats.Messages}\n");
        for (var type = 1; type <= 27; type++)
        {
            var count = stats.MessagesOfType(type);
            if (count > 0)
            {
                text.Append(c, $"  type {type}: {count}\n");
            }
        }

        text.Append(c, $"objects written: {ObjectsWritten}\n");
        text.Append(c, $"errors: {stats.Errors}\n");
        foreach (var kind in AisErrorKinds.All)
        {
            var count = stats.ErrorsOfKind(kind);
            if (count > 0)
            {
                text.Append(c, $"  {AisErrorKinds.Name(kind)}: {count} ({AisErrorKinds.Describe(kind)})\n");
            }
        }

        error.Write(text.ToString());
    }

    private void Line(NmeaLineStatus status, ReadOnlySpan<byte> line)
    {
        _lineNumber++;
        if (status == NmeaLineStatus.LineTooLong)
        {
            _decoder.ReportLineError(AisErrorKind.LineTooLong);
            if (_errors is not null)
            {
                AppendError(LineLabel(), AisErrorKind.LineTooLong, line);
            }

            return;
        }

        foreach (var sentence in new NmeaLineSplitter(line))
        {
            Sentence(sentence);
        }
    }

    private void Sentence(ReadOnlySpan<byte> sentence)
    {
        var errorsBefore = _decoder.Statistics.Errors;
        if (_decoder.DecodePayload(sentence, out var payload) == AisDecodeStatus.Message)
        {
            Write(payload);
        }

        if (_errors is not null && _decoder.Statistics.Errors != errorsBefore)
        {
            ReportErrors(sentence, _decoder.Statistics.Errors - errorsBefore);
        }
    }

    private void Write(in AisPayload payload)
    {
        switch (_writer.Write(payload, out var error))
        {
            case GpsdWriteResult.Written:
                ObjectsWritten++;
                var json = _writer.Line.Written;
                if (_outputLength + json.Length + 1 > _outputBuffer.Length)
                {
                    FlushOutput();
                }

                if (json.Length + 1 > _outputBuffer.Length)
                {
                    _output.Write(json);
                    _output.WriteByte((byte)'\n');
                    return;
                }

                json.CopyTo(_outputBuffer.AsSpan(_outputLength));
                _outputLength += json.Length;
                _outputBuffer[_outputLength++] = (byte)'\n';
                return;
            case GpsdWriteResult.Error:
                _decoder.ReportMessageError(error, payload.MessageType);
                return;
            default:
                return;
        }
    }

    private void ReportErrors(ReadOnlySpan<byte> sentence, long count)
    {
        var label = LineLabel();
        if (_decoder.LastError != AisErrorKind.None)
        {
            AppendError(label, _decoder.LastError, sentence);
            count--;
        }

        // The rest are groups this sentence pushed out of the reassembly table; they have no line of their own.
        for (; count > 0; count--)
        {
            AppendError(label, AisErrorKind.IncompleteGroupExpired, default);
        }
    }

    private string LineLabel() => "line " + _lineNumber.ToString(CultureInfo.InvariantCulture);

    private void AppendError(string label, AisErrorKind kind, ReadOnlySpan<byte> line)
    {
        _errorText.Append(label).Append(": ").Append(AisErrorKinds.Describe(kind)).Append(" (").Append(AisErrorKinds.Name(kind)).Append(')');
        if (!line.IsEmpty)
        {
            _errorText.Append(": ").Append(AisRejectedLine.Render(line));
        }

        _errorText.Append('\n');
        if (_errorText.Length >= ErrorTextFlushChars)
        {
            FlushErrors();
        }
    }

    private void FlushOutput()
    {
        if (_outputLength > 0)
        {
            _output.Write(_outputBuffer, 0, _outputLength);
            _outputLength = 0;
        }

        _output.Flush();
    }

    private void FlushErrors()
    {
        if (_errors is not null && _errorText.Length > 0)
        {
            // Output first, so that a terminal shows errors after the objects decoded before them.
            FlushOutput();
            _errors.Write(_errorText.ToString());
            _errorText.Clear();
        }
    }
}
