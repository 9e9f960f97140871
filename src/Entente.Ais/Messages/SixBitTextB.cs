using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Six-bit text as ITU-R M.1371-5 means it and as gpsd reads it: the first '@' ends the text (what follows is padding
/// or transmitter garbage), trailing spaces are padding, and only characters wholly inside the payload count.
/// </summary>
internal static class SixBitTextB
{
    /// <summary>Reads up to <paramref name="maxCharacters"/> characters from <paramref name="start"/>.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="start">The first bit of the field.</param>
    /// <param name="maxCharacters">The field's width in characters.</param>
    /// <returns>The text; empty when none.</returns>
    public static string Read(in AisPayload payload, int start, int maxCharacters)
    {
        Span<char> chars = stackalloc char[64];
        var length = Append(payload, start, maxCharacters, chars, 0, out _);
        return Finish(chars, length);
    }

    /// <summary>
    /// Reads a message 21 name: the 20-character name field followed, when that field is full (holds no '@'), by the
    /// name extension that fills the rest of the payload.
    /// </summary>
    /// <param name="payload">The payload.</param>
    /// <param name="nameStart">The first bit of the name field.</param>
    /// <param name="extensionStart">The first bit of the name extension.</param>
    /// <returns>The full name.</returns>
    public static string ReadWithExtension(in AisPayload payload, int nameStart, int extensionStart)
    {
        Span<char> chars = stackalloc char[64];
        var length = Append(payload, nameStart, 20, chars, 0, out var stopped);
        if (!stopped && length == 20)
        {
            var extension = Math.Max(0, (payload.BitLength - extensionStart) / 6);
            length = Append(payload, extensionStart, Math.Min(extension, chars.Length - length), chars, length, out _);
        }

        return Finish(chars, length);
    }

    /// <summary>Decodes 6-bit characters packed in an unsigned value, most significant first, as gpsd's text.</summary>
    /// <param name="bits">The packed characters.</param>
    /// <param name="characters">How many characters the value holds (at most 10).</param>
    /// <returns>The text, cut at the first '@' and trimmed of trailing spaces.</returns>
    public static string FromPacked(long bits, int characters)
    {
        Span<char> chars = stackalloc char[10];
        var length = 0;
        for (var i = characters - 1; i >= 0; i--)
        {
            var c = SixBitArmour.TextAlphabet[(int)((bits >> (6 * i)) & 63)];
            if (c == '@')
            {
                break;
            }

            chars[length++] = c;
        }

        return Finish(chars, length);
    }

    private static int Append(in AisPayload payload, int start, int maxCharacters, Span<char> chars, int length, out bool stopped)
    {
        var available = Math.Max(0, (payload.BitLength - start) / 6);
        var count = Math.Min(maxCharacters, available);
        stopped = false;
        for (var i = 0; i < count; i++)
        {
            var c = SixBitArmour.TextAlphabet[(int)payload.Field(start + (6 * i), 6)];
            if (c == '@')
            {
                stopped = true;
                break;
            }

            chars[length++] = c;
        }

        return length;
    }

    private static string Finish(ReadOnlySpan<char> chars, int length)
    {
        while (length > 0 && chars[length - 1] == ' ')
        {
            length--;
        }

        return length == 0 ? string.Empty : new string(chars[..length]);
    }
}
