using Entente.Ais.Framing;

namespace Entente.Cli.Commands;

/// <summary>
/// Reads a JSON-lines file one line at a time, in large blocks and without allocating per line, counting line numbers
/// for error reports. Blank lines are skipped. Files can be hundreds of megabytes: only one block is held.
/// </summary>
internal sealed class JsonLinesReader : IDisposable
{
    /// <summary>The longest line accepted: a frame of some twenty thousand tracks.</summary>
    public const int MaxLineBytes = 4 << 20;

    private readonly Stream _stream;
    private readonly NmeaLineBuffer _buffer = new(MaxLineBytes, 2 * MaxLineBytes);
    private bool _ended;

    private JsonLinesReader(string role, string path, Stream stream)
    {
        Role = role;
        Path = path;
        _stream = stream;
    }

    /// <summary>What the file is, for counts: truth, tracks or detections.</summary>
    public string Role { get; }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The number of the line last read, from 1.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Opens a file; a missing or unreadable file is bad input.</summary>
    public static JsonLinesReader Open(string role, string path)
    {
        try
        {
            // No FileStream buffer: the line buffer reads in large blocks itself.
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            return new JsonLinesReader(role, path, stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CommandInputException($"cannot read '{path}': no such file.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CommandInputException($"cannot read '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>Takes the next line that is not blank.</summary>
    /// <param name="line">The line without its ending, valid until the next call; for an over-long line, its first bytes.</param>
    /// <param name="tooLong">Whether the line was longer than <see cref="MaxLineBytes"/> (and so cut).</param>
    /// <returns>False at the end of the file.</returns>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        while (!_ended)
        {
            var status = _buffer.ReadLine(out line);
            if (status == NmeaLineStatus.NeedMoreData)
            {
                var read = _stream.Read(_buffer.GetWriteMemory().Span);
                if (read > 0)
                {
                    _buffer.Advance(read);
                    continue;
                }

                _ended = true;
                status = _buffer.ReadRest(out line);
                if (status == NmeaLineStatus.NeedMoreData)
                {
                    break;
                }
            }

            LineNumber++;
            tooLong = status == NmeaLineStatus.LineTooLong;
            if (tooLong || !line.Trim(" \t"u8).IsEmpty)
            {
                return true;
            }
        }

        line = default;
        tooLong = false;
        return false;
    }

    public void Dispose() => _stream.Dispose();
}
