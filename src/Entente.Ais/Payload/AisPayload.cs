using System.Runtime.CompilerServices;
using System.Text;

namespace Entente.Ais.Payload;

/// <summary>
/// A complete, de-armoured AIS payload: the message's bits with the reception facts of its sentence(s).
/// Bits past <see cref="BitLength"/> read as zero. Valid until the decoder that produced it accepts the next line.
/// </summary>
public readonly ref struct AisPayload
{
    private readonly ReadOnlySpan<ulong> _words;

    internal AisPayload(ReadOnlySpan<ulong> words, int bitLength, AisReception reception)
    {
        _words = words;
        BitLength = bitLength;
        Reception = reception;
    }

    /// <summary>The number of payload bits, fill bits excluded.</summary>
    public int BitLength { get; }

    /// <summary>How and when the message was received.</summary>
    public AisReception Reception { get; }

    /// <summary>The message type in the first six bits (1 to 27 for valid messages).</summary>
    public int MessageType => (int)Field(0, 6);

    /// <summary>Creates a payload from armoured characters, e.g. for tests and tools; allocates.</summary>
    /// <param name="armoured">The six-bit armoured payload.</param>
    /// <param name="fillBits">Fill bits, 0 to 5.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="FormatException">A character is not in the armour.</exception>
    public static AisPayload FromArmoured(string armoured, int fillBits = 0)
    {
        ArgumentNullException.ThrowIfNull(armoured);
        var buffer = new AisBitBuffer();
        buffer.Clear();
        if (!buffer.Append(Encoding.ASCII.GetBytes(armoured)))
        {
            throw new FormatException("The payload has a character outside the six-bit armour, or is too long.");
        }

        buffer.Complete(fillBits);
        return new AisPayload(buffer.Words, buffer.BitLength, default);
    }

    /// <summary>Reads an unsigned field of up to 32 bits.</summary>
    /// <param name="start">The first bit, counted from 0 at the start of the payload.</param>
    /// <param name="bits">The width, 1 to 32.</param>
    /// <returns>The value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Field(int start, int bits)
    {
        if ((uint)(start + bits) > (uint)BitLength)
        {
            return FieldPastEnd(start, bits);
        }

        var w = start >> 6;
        var offset = start & 63;
        var value = _words[w] << offset;
        if (offset + bits > 64)
        {
            value |= _words[w + 1] >> (64 - offset);
        }

        return (uint)(value >> (64 - bits));
    }

    /// <summary>Reads a two's-complement signed field of up to 32 bits.</summary>
    /// <param name="start">The first bit.</param>
    /// <param name="bits">The width, 2 to 32.</param>
    /// <returns>The value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int TwosComplement(int start, int bits)
    {
        var raw = Field(start, bits);
        var shift = 32 - bits;
        return (int)(raw << shift) >> shift;
    }

    /// <summary>Reads one bit as a flag.</summary>
    /// <param name="start">The bit.</param>
    /// <returns>True when the bit is 1.</returns>
    public bool Flag(int start) => Field(start, 1) != 0;

    /// <summary>
    /// Reads six-bit text as ITU-R M.1371-5 means it (and as gpsd reads it): the first '@' ends the text (what follows
    /// is padding or transmitter garbage) and trailing spaces are padding.
    /// </summary>
    /// <param name="start">The first bit.</param>
    /// <param name="bits">The width in bits; a partial last character is ignored. Bits past the end read as zero ('@').</param>
    /// <returns>The text; may be empty.</returns>
    public string Text(int start, int bits)
    {
        var count = Math.Max(0, bits / 6);
        Span<char> chars = count <= 256 ? stackalloc char[count] : new char[count];
        var length = 0;
        for (; length < count; length++)
        {
            var c = SixBitArmour.TextAlphabet[(int)Field(start + (6 * length), 6)];
            if (c == '@')
            {
                break;
            }

            chars[length] = c;
        }

        while (length > 0 && chars[length - 1] == ' ')
        {
            length--;
        }

        return length == 0 ? string.Empty : new string(chars[..length]);
    }

    /// <summary>Copies a run of bits out of the payload.</summary>
    /// <param name="start">The first bit.</param>
    /// <param name="bits">The number of bits; clipped to the payload's end.</param>
    /// <returns>The bits.</returns>
    public AisBinaryData Bits(int start, int bits)
    {
        bits = Math.Max(0, Math.Min(bits, BitLength - start));
        var bytes = new byte[(bits + 7) / 8];
        for (var i = 0; i < bytes.Length; i++)
        {
            var take = Math.Min(8, bits - (8 * i));
            bytes[i] = (byte)(Field(start + (8 * i), take) << (8 - take));
        }

        return new AisBinaryData(bytes, bits);
    }

    private uint FieldPastEnd(int start, int bits)
    {
        uint value = 0;
        for (var i = 0; i < bits; i++)
        {
            var bit = start + i;
            var set = bit >= 0 && bit < BitLength && ((_words[bit >> 6] >> (63 - (bit & 63))) & 1) != 0;
            value = (value << 1) | (set ? 1u : 0u);
        }

        return value;
    }
}
