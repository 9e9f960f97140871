namespace Entente.Ais.Framing;

/// <summary>The NMEA 0183 checksum: the XOR of every byte between the start character and '*'.</summary>
public static class NmeaChecksum
{
    /// <summary>Computes the checksum of the given bytes.</summary>
    /// <param name="body">The bytes between the start delimiter and '*', exclusive.</param>
    /// <returns>The checksum.</returns>
    public static byte Compute(ReadOnlySpan<byte> body)
    {
        byte sum = 0;
        foreach (var b in body)
        {
            sum ^= b;
        }

        return sum;
    }

    /// <summary>Parses two hexadecimal digits (either case).</summary>
    /// <param name="high">The first digit.</param>
    /// <param name="low">The second digit.</param>
    /// <param name="value">The value when both are hexadecimal digits.</param>
    /// <returns>True when both are hexadecimal digits.</returns>
    public static bool TryParseHex(byte high, byte low, out byte value)
    {
        var h = HexValue(high);
        var l = HexValue(low);
        value = (byte)((h << 4) | l);
        return (h | l) >= 0;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };
}
