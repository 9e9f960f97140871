namespace Entente.Ais.Payload;

/// <summary>
/// The two six-bit alphabets of AIS (ITU-R M.1371-5 Annex 8 and IEC 61162-1): the payload armour that carries
/// six bits per printable character, and the six-bit text alphabet of name and message fields.
/// </summary>
public static class SixBitArmour
{
    /// <summary>The value marking a byte that is not an armour character.</summary>
    public const byte Invalid = 0xFF;

    // '0'..'W' carry 0..39 and '`'..'w' carry 40..63; every other byte is invalid.
    private static readonly byte[] DearmourTable = BuildDearmourTable();

    /// <summary>The six-bit text alphabet: '@', 'A'..'Z', '[', '\', ']', '^', '_', ' ', '!', ..., '?'.</summary>
    public const string TextAlphabet = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";

    /// <summary>The six-bit value of an armour character, or <see cref="Invalid"/>.</summary>
    /// <param name="armoured">The payload byte.</param>
    /// <returns>0 to 63, or <see cref="Invalid"/>.</returns>
    public static byte Dearmour(byte armoured) => DearmourTable[armoured];

    /// <summary>The armour character for a six-bit value.</summary>
    /// <param name="value">0 to 63.</param>
    /// <returns>The character.</returns>
    public static char Armour(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 63);
        return (char)(value < 40 ? value + 48 : value + 56);
    }

    private static byte[] BuildDearmourTable()
    {
        var table = new byte[256];
        Array.Fill(table, Invalid);
        for (var value = 0; value < 64; value++)
        {
            table[Armour(value)] = (byte)value;
        }

        return table;
    }
}
