namespace Entente.Ais.Framing;

/// <summary>
/// Parses the inside of an NMEA 4.0 tag block (<c>s:src,c:time,g:1-2-42*hh</c>). Unknown fields, ':' inside values
/// and a malformed <c>g:</c> field are tolerated; only a checksum that does not match rejects the tag block.
/// </summary>
public static class TagBlockParser
{
    // c: values above this are milliseconds (13 digits); below, seconds (10 digits). 10^11 s is the year 5138.
    private const long MillisecondsThreshold = 100_000_000_000L;

    /// <summary>Parses a tag block's content, without the enclosing backslashes.</summary>
    /// <param name="content">The bytes between the two backslashes.</param>
    /// <param name="tagBlock">The parsed tag block.</param>
    /// <returns>False when the checksum does not match or is not hexadecimal.</returns>
    public static bool TryParse(ReadOnlySpan<byte> content, out TagBlock tagBlock)
    {
        tagBlock = default;
        var star = content.LastIndexOf((byte)'*');
        var fields = content;
        if (star >= 0)
        {
            fields = content[..star];
            var hex = content[(star + 1)..];
            if (hex.Length != 2 || !NmeaChecksum.TryParseHex(hex[0], hex[1], out var expected) ||
                (NmeaChecksum.Compute(fields) != expected && !PrependedGroupChecksum(fields, expected)))
            {
                return false;
            }
        }

        ReadOnlySpan<byte> source = default;
        long? time = null;
        int groupNumber = 0, groupCount = 0, groupId = -1;
        while (!fields.IsEmpty)
        {
            var comma = fields.IndexOf((byte)',');
            var field = comma >= 0 ? fields[..comma] : fields;
            fields = comma >= 0 ? fields[(comma + 1)..] : default;
            if (field.Length < 2 || field[1] != (byte)':')
            {
                continue;
            }

            var value = field[2..];
            switch (field[0])
            {
                case (byte)'s':
                    source = value;
                    break;
                case (byte)'c':
                    if (TryParseLong(value, out var stamp))
                    {
                        time = stamp >= MillisecondsThreshold ? stamp : stamp * 1000;
                    }

                    break;
                case (byte)'g':
                    TryParseGroup(value, ref groupNumber, ref groupCount, ref groupId);
                    break;
                default:
                    break;
            }
        }

        tagBlock = new TagBlock(source, time, groupNumber, groupCount, groupId);
        return true;
    }

    // Some relays prepend a g: group to an existing tag block without updating its checksum (the Norwegian Coastal
    // Administration feed does): the checksum then covers only the fields after the group.
    private static bool PrependedGroupChecksum(ReadOnlySpan<byte> fields, byte expected)
    {
        var comma = fields.IndexOf((byte)',');
        return fields.StartsWith("g:"u8) && comma > 0 && NmeaChecksum.Compute(fields[(comma + 1)..]) == expected;
    }

    private static void TryParseGroup(ReadOnlySpan<byte> value, ref int number, ref int count, ref int id)
    {
        var first = value.IndexOf((byte)'-');
        if (first <= 0)
        {
            return;
        }

        var afterFirst = value[(first + 1)..];
        var second = afterFirst.IndexOf((byte)'-');
        if (second <= 0)
        {
            return;
        }

        if (AisSentenceParser.TryParseSmall(value[..first], 1, 99, out var n) &&
            AisSentenceParser.TryParseSmall(afterFirst[..second], 1, 99, out var c) &&
            n <= c &&
            AisSentenceParser.TryParseSmall(afterFirst[(second + 1)..], 0, 999_999_999, out var g))
        {
            number = n;
            count = c;
            id = g;
        }
    }

    private static bool TryParseLong(ReadOnlySpan<byte> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 18)
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

        return true;
    }
}
