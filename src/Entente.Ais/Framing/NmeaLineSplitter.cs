namespace Entente.Ais.Framing;

/// <summary>
/// Splits one physical line into its sentences, each with its tag block, for feeds that run several
/// <c>\tag\!AIVDM...*hh</c> pairs together on one line. Zero allocation; use with <c>foreach</c>.
/// </summary>
/// <remarks>
/// A new sentence starts only right after a sentence's <c>*hh</c> checksum (spaces and tabs allowed between), at a
/// <c>!</c> or at a <c>\</c> tag block whose closing <c>\</c> is directly followed by <c>!</c>. So text after the
/// checksum that is not a sentence, such as USCG receiver fields (<c>*7F,d-108,S0097,...</c>) or gpsd's literal
/// <c>\x0d\x0a</c>, stays with its sentence. Mutable by necessity: it is an enumerator.
/// </remarks>
public ref struct NmeaLineSplitter
{
    private ReadOnlySpan<byte> _rest;
    private bool _started;

    /// <summary>Starts splitting a line.</summary>
    /// <param name="line">One physical line, with or without its line ending.</param>
    public NmeaLineSplitter(ReadOnlySpan<byte> line)
    {
        _rest = line;
        Current = default;
        _started = false;
    }

    /// <summary>The current sentence, with its tag block and anything that followed its checksum.</summary>
    public ReadOnlySpan<byte> Current { get; private set; }

    /// <summary>Returns this splitter, so that it works with <c>foreach</c>.</summary>
    /// <returns>This splitter.</returns>
    public readonly NmeaLineSplitter GetEnumerator() => this;

    /// <summary>Moves to the next sentence.</summary>
    /// <returns>False when the line is used up. A blank line yields itself once, so it is still seen as a line.</returns>
    public bool MoveNext()
    {
        if (_rest.IsEmpty && _started)
        {
            return false;
        }

        _started = true;
        var length = FirstSentenceLength(_rest);
        Current = _rest[..length];
        _rest = _rest[length..];
        return true;
    }

    /// <summary>The length of the first sentence of a line: where the second one starts, or the whole line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The number of bytes of the first sentence, its tag block included.</returns>
    public static int FirstSentenceLength(ReadOnlySpan<byte> line)
    {
        // Only a checksum after the sentence's own '!' can end it; a tag block's checksum comes before.
        var bang = line.IndexOf((byte)'!');
        if (bang < 0)
        {
            return line.Length;
        }

        var from = bang + 1;
        while (true)
        {
            var star = line[from..].IndexOf((byte)'*');
            if (star < 0)
            {
                return line.Length;
            }

            star += from;
            var next = star + 3;
            if (next >= line.Length)
            {
                return line.Length;
            }

            if (IsHex(line[star + 1]) && IsHex(line[star + 2]))
            {
                var start = next;
                while (start < line.Length && line[start] is (byte)' ' or (byte)'\t')
                {
                    start++;
                }

                if (start < line.Length && StartsSentence(line[start..]))
                {
                    return start;
                }
            }

            from = star + 1;
        }
    }

    private static bool StartsSentence(ReadOnlySpan<byte> text)
    {
        if (text[0] == (byte)'!')
        {
            return true;
        }

        if (text[0] != (byte)'\\')
        {
            return false;
        }

        var close = text[1..].IndexOf((byte)'\\');
        var after = close + 2;
        return close >= 0 && after < text.Length && text[after] == (byte)'!';
    }

    private static bool IsHex(byte c) => c is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'A' and <= (byte)'F') or (>= (byte)'a' and <= (byte)'f');
}
