namespace Entente.Ais.Payload;

/// <summary>
/// A reusable buffer of payload bits, packed most significant bit first into 64-bit words, that the decoder fills
/// from armoured characters. Reused between messages so that steady-state decoding allocates nothing.
/// </summary>
internal sealed class AisBitBuffer
{
    /// <summary>The most bits a payload may have: nine 82-character sentences, rounded up.</summary>
    public const int MaxBits = 4096;

    // Two spare zero words let a 32-bit read at the last valid bit touch memory without a bounds branch.
    private readonly ulong[] _words = new ulong[(MaxBits / 64) + 2];
    private ulong _accumulator;
    private int _accumulatorBits;
    private int _wordCount;
    private int _characters;

    /// <summary>The number of valid bits after <see cref="Complete"/>.</summary>
    public int BitLength { get; private set; }

    /// <summary>The packed words.</summary>
    public ReadOnlySpan<ulong> Words => _words;

    /// <summary>Starts a new payload.</summary>
    public void Clear()
    {
        _accumulator = 0;
        _accumulatorBits = 0;
        _wordCount = 0;
        _characters = 0;
        BitLength = 0;
    }

    /// <summary>Appends armoured characters.</summary>
    /// <param name="armoured">Payload characters.</param>
    /// <returns>False when a character is not in the armour or the payload would exceed <see cref="MaxBits"/>.</returns>
    public bool Append(ReadOnlySpan<byte> armoured)
    {
        if ((_characters + armoured.Length) * 6 > MaxBits)
        {
            return false;
        }

        var acc = _accumulator;
        var bits = _accumulatorBits;
        var w = _wordCount;
        var words = _words;
        foreach (var c in armoured)
        {
            ulong v = SixBitArmour.Dearmour(c);
            if (v == SixBitArmour.Invalid)
            {
                return false;
            }

            var free = 64 - bits;
            if (free > 6)
            {
                acc |= v << (free - 6);
                bits += 6;
            }
            else
            {
                // The value straddles a word boundary (or exactly fills the word).
                var spill = 6 - free;
                words[w++] = acc | (v >> spill);
                acc = spill == 0 ? 0 : v << (64 - spill);
                bits = spill;
            }
        }

        _accumulator = acc;
        _accumulatorBits = bits;
        _wordCount = w;
        _characters += armoured.Length;
        return true;
    }

    /// <summary>Finishes the payload: drops the fill bits and zeroes everything after the last valid bit.</summary>
    /// <param name="fillBits">Fill bits in the last character, 0 to 5.</param>
    public void Complete(int fillBits)
    {
        var length = Math.Max(0, (_characters * 6) - fillBits);
        BitLength = length;
        var w = _wordCount;
        _words[w] = _accumulator;
        _words[w + 1] = 0;
        if (w + 2 < _words.Length)
        {
            _words[w + 2] = 0;
        }

        // Mask fill bits so that reads past the end see zeros, as if the payload were zero-extended.
        var lastWord = length >> 6;
        var used = length & 63;
        if (lastWord < _words.Length)
        {
            _words[lastWord] = used == 0 ? 0 : _words[lastWord] & (ulong.MaxValue << (64 - used));
        }

        for (var i = lastWord + 1; i <= w + 1 && i < _words.Length; i++)
        {
            _words[i] = 0;
        }
    }
}
