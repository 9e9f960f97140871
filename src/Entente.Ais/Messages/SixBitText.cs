using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Six-bit text fields read as ITU-R M.1371-5 means them and as gpsd reads them: the first '@' ends the text (what
/// follows is padding or transmitter garbage) and trailing spaces are padding.
/// </summary>
internal static class SixBitText
{
    /// <summary>Reads a text field; bits past the payload's end read as zero, so a truncated field ends there.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="start">The first bit of the field.</param>
    /// <param name="characters">The field's width in characters.</param>
    /// <returns>The text; empty when none.</returns>
    public static string Read(in AisPayload payload, int start, int characters)
    {
        var count = Math.Max(0, characters);
        Span<char> chars = count <= 256 ? stackalloc char[count] : new char[count];
        var length = 0;
        for (; length < count; length++)
        {
            var c = SixBitArmour.TextAlphabet[(int)payload.Field(start + (6 * length), 6)];
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
}
