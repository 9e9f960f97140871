namespace Entente.Ais.Framing;

/// <summary>
/// Cuts a byte stream into lines without allocating: read input into <see cref="GetWriteMemory"/>, call
/// <see cref="Advance"/>, then take lines with <see cref="ReadLine"/> until it needs more data. A line ends at LF, CR or
/// CRLF (also when the CR and LF arrive in different reads). Memory is bounded: a line longer than
/// <see cref="MaxLineBytes"/> is reported once and skipped up to the next line ending. Not thread-safe.
/// </summary>
public sealed class NmeaLineBuffer
{
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private bool _skippingLongLine;
    private bool _afterCarriageReturn;

    /// <summary>Creates a buffer.</summary>
    /// <param name="maxLineBytes">The longest line accepted, line ending excluded; at least 16.</param>
    /// <param name="capacityBytes">The buffer size; larger means fewer reads. At least twice <paramref name="maxLineBytes"/>.</param>
    public NmeaLineBuffer(int maxLineBytes = 4096, int capacityBytes = 64 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityBytes, 2 * maxLineBytes);
        MaxLineBytes = maxLineBytes;
        _buffer = new byte[capacityBytes];
    }

    /// <summary>The longest line accepted, in bytes.</summary>
    public int MaxLineBytes { get; }

    /// <summary>Whether bytes of an unfinished line are buffered (or an over-long line is being skipped).</summary>
    public bool HasPartialLine => _end > _start || _skippingLongLine;

    /// <summary>Free space to read input into; never empty once <see cref="ReadLine"/> has returned <see cref="NmeaLineStatus.NeedMoreData"/>.</summary>
    /// <returns>The space; pass the number of bytes read to <see cref="Advance"/>.</returns>
    public Memory<byte> GetWriteMemory()
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }
        else if (_buffer.Length - _end < MaxLineBytes && _start > 0)
        {
            // Move the unfinished line to the front; it is at most MaxLineBytes long, so this is cheap and rare.
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Accepts bytes written into the memory from <see cref="GetWriteMemory"/>.</summary>
    /// <param name="count">How many bytes were read.</param>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _end);
        _end += count;
    }

    /// <summary>Takes the next complete line.</summary>
    /// <param name="line">The line, valid until the next call on this buffer; for an over-long line, its first bytes.</param>
    /// <returns>What was found.</returns>
    public NmeaLineStatus ReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            if (_afterCarriageReturn && _start < _end)
            {
                _afterCarriageReturn = false;
                if (_buffer[_start] == (byte)'\n')
                {
                    _start++;
                }
            }

            var pending = _buffer.AsSpan(_start, _end - _start);
            var length = pending.IndexOfAny((byte)'\n', (byte)'\r');
            if (length < 0)
            {
                line = default;
                if (pending.Length <= MaxLineBytes)
                {
                    return NmeaLineStatus.NeedMoreData;
                }

                // Too long already: report it once, then drop bytes until the line ends.
                _start = _end;
                if (_skippingLongLine)
                {
                    return NmeaLineStatus.NeedMoreData;
                }

                _skippingLongLine = true;
                line = pending[..MaxLineBytes];
                return NmeaLineStatus.LineTooLong;
            }

            _afterCarriageReturn = pending[length] == (byte)'\r';
            _start += length + 1;
            if (_skippingLongLine)
            {
                _skippingLongLine = false;
                continue;
            }

            if (length > MaxLineBytes)
            {
                line = pending[..MaxLineBytes];
                return NmeaLineStatus.LineTooLong;
            }

            line = pending[..length];
            return NmeaLineStatus.Line;
        }
    }

    /// <summary>Ends the input: takes the last line when it had no line ending, and empties the buffer.</summary>
    /// <param name="line">The unfinished line, or its first bytes when too long.</param>
    /// <returns><see cref="NmeaLineStatus.NeedMoreData"/> when nothing was left.</returns>
    public NmeaLineStatus ReadRest(out ReadOnlySpan<byte> line)
    {
        var pending = _buffer.AsSpan(_start, _end - _start);
        var skipping = _skippingLongLine;
        Reset();
        if (skipping || pending.IsEmpty)
        {
            line = default;
            return NmeaLineStatus.NeedMoreData;
        }

        if (pending.Length > MaxLineBytes)
        {
            line = pending[..MaxLineBytes];
            return NmeaLineStatus.LineTooLong;
        }

        line = pending;
        return NmeaLineStatus.Line;
    }

    /// <summary>Forgets everything buffered, e.g. when a connection is replaced.</summary>
    public void Reset()
    {
        _start = _end = 0;
        _skippingLongLine = false;
        _afterCarriageReturn = false;
    }
}
