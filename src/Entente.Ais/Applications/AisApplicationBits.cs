using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>Reads application data with the payload's field readers, its first bit numbered 0.</summary>
internal static class AisApplicationBits
{
    /// <summary>Words that fit on the stack: 1280 bits, more than any binary message carries.</summary>
    public const int StackWords = 20;

    /// <summary>The words needed for a run of bits.</summary>
    public static int WordCount(int bitLength) => (bitLength + 63) / 64;

    /// <summary>A view of the data in <paramref name="words"/>, which must hold <see cref="WordCount"/> words.</summary>
    public static AisPayload View(AisBinaryData data, Span<ulong> words)
    {
        words = words[..WordCount(data.BitLength)];
        words.Clear();
        var bytes = data.Bytes.Span;
        for (var i = 0; i < bytes.Length; i++)
        {
            words[i >> 3] |= (ulong)bytes[i] << (56 - (8 * (i & 7)));
        }

        return new AisPayload(words, data.BitLength, default);
    }
}
