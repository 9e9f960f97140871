using Entente.Ais.Decoding;

namespace Entente.Ais.Framing;

/// <summary>
/// Parses one line into an <see cref="AisSentence"/>: tag block, checksum, the seven fields, and any trailing receiver
/// fields after the checksum (USCG format), which are ignored. Never throws on bad input.
/// </summary>
public static class AisSentenceParser
{
    /// <summary>The longest line accepted, in bytes (a tag block and USCG trailer included).</summary>
    public const int MaxLineBytes = 1024;

    /// <summary>Parses a line.</summary>
    /// <param name="line">One line of input, with or without its line ending.</param>
    /// <param name="sentence">The sentence when the result is <see cref="AisLineKind.Sentence"/>.</param>
    /// <param name="error">Why the line was rejected when the result is <see cref="AisLineKind.Error"/>.</param>
    /// <returns>What the line was.</returns>
    public static AisLineKind Parse(ReadOnlySpan<byte> line, out AisSentence sentence, out AisErrorKind error)
    {
        sentence = default;
        error = AisErrorKind.None;
        line = line.Trim(" \t\r\n\0"u8);
        if (line.IsEmpty || line[0] == (byte)'#')
        {
            return AisLineKind.Blank;
        }

        if (line.Length > MaxLineBytes)
        {
            error = AisErrorKind.LineTooLong;
            return AisLineKind.Error;
        }

        var tagBlock = default(TagBlock);
        var tagBlockIgnored = false;
        var start = line.IndexOf((byte)'!');
        if (start < 0)
        {
            // Other NMEA sentences ($GPGGA, $PGHP, ...) and text are not AIS: skipped, not errors.
            // A VDM/VDO sentence that lost its '!' is damaged AIS, and reported as such.
            if (line.IndexOf("VDM,"u8) >= 0 || line.IndexOf("VDO,"u8) >= 0)
            {
                error = AisErrorKind.MalformedSentence;
                return AisLineKind.Error;
            }

            return AisLineKind.NotAis;
        }

        var tagStart = line[..start].IndexOf((byte)'\\');
        if (tagStart >= 0)
        {
            var tagEnd = line[(tagStart + 1)..start].IndexOf((byte)'\\');
            // A damaged tag block loses its metadata, not the sentence: the sentence has its own checksum.
            tagBlockIgnored = tagEnd < 0 || !TagBlockParser.TryParse(line.Slice(tagStart + 1, tagEnd), out tagBlock);
        }

        return ParseSentence(line[start..], tagBlock, tagBlockIgnored, out sentence, out error);
    }

    private static AisLineKind ParseSentence(ReadOnlySpan<byte> s, TagBlock tagBlock, bool tagBlockIgnored, out AisSentence sentence, out AisErrorKind error)
    {
        sentence = default;
        error = AisErrorKind.MalformedSentence;

        // "!xxVDM," is at least 7 bytes; the address is two talker characters and VDM or VDO.
        if (s.Length < 7 || s[3] != (byte)'V' || s[4] != (byte)'D' || (s[5] != (byte)'M' && s[5] != (byte)'O') || s[6] != (byte)',')
        {
            if (s.Length >= 6 && s[3] == (byte)'V' && s[4] == (byte)'D')
            {
                return AisLineKind.Error;
            }

            return AisLineKind.NotAis;
        }

        var talker = s.Slice(1, 2);
        var ownShip = s[5] == (byte)'O';
        var rest = s[7..];

        var countField = NextField(ref rest, out var ok1);
        var numberField = NextField(ref rest, out var ok2);
        var seqField = NextField(ref rest, out var ok3);
        var channelField = NextField(ref rest, out var ok4);
        var payload = NextField(ref rest, out var ok5);
        if (!(ok1 && ok2 && ok3 && ok4 && ok5))
        {
            return AisLineKind.Error;
        }

        // What is left is "fill*hh" optionally followed by ",trailing,receiver,fields".
        var star = rest.IndexOf((byte)'*');
        ReadOnlySpan<byte> fillField;
        var hasChecksum = star >= 0;
        if (hasChecksum)
        {
            fillField = rest[..star];
            if (rest.Length < star + 3 || !NmeaChecksum.TryParseHex(rest[star + 1], rest[star + 2], out var expected))
            {
                return AisLineKind.Error;
            }

            var bodyLength = (s.Length - rest.Length) + star - 1;
            if (NmeaChecksum.Compute(s.Slice(1, bodyLength)) != expected)
            {
                error = AisErrorKind.BadChecksum;
                return AisLineKind.Error;
            }
        }
        else
        {
            var comma = rest.IndexOf((byte)',');
            fillField = comma >= 0 ? rest[..comma] : rest;
        }

        if (!TryParseSmall(countField, 1, 9, out var count) || !TryParseSmall(numberField, 1, count, out var number))
        {
            error = AisErrorKind.BadFragmentFields;
            return AisLineKind.Error;
        }

        var sequenceId = -1;
        if (!seqField.IsEmpty && !TryParseSmall(seqField, 0, 9999, out sequenceId))
        {
            error = AisErrorKind.BadFragmentFields;
            return AisLineKind.Error;
        }

        var fill = 0;
        if (!fillField.IsEmpty && !TryParseSmall(fillField, 0, 5, out fill))
        {
            error = AisErrorKind.BadFillBits;
            return AisLineKind.Error;
        }

        // An empty fragment can end a multi-sentence message (gpsd accepts it too); a whole message cannot be empty.
        if (payload.IsEmpty && count == 1)
        {
            error = AisErrorKind.EmptyPayload;
            return AisLineKind.Error;
        }

        var channel = channelField.IsEmpty ? (byte)0 : channelField[0];
        sentence = new AisSentence(tagBlock, talker, ownShip, count, number, sequenceId, channel, payload, fill, hasChecksum, tagBlockIgnored);
        error = AisErrorKind.None;
        return AisLineKind.Sentence;
    }

    private static ReadOnlySpan<byte> NextField(scoped ref ReadOnlySpan<byte> rest, out bool found)
    {
        var comma = rest.IndexOf((byte)',');
        found = comma >= 0;
        if (!found)
        {
            return default;
        }

        var field = rest[..comma];
        rest = rest[(comma + 1)..];
        return field;
    }

    internal static bool TryParseSmall(ReadOnlySpan<byte> digits, int min, int max, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 9)
        {
            return false;
        }

        foreach (var d in digits)
        {
            var v = d - '0';
            if ((uint)v > 9)
            {
                return false;
            }

            value = (value * 10) + v;
        }

        return value >= min && value <= max;
    }
}
