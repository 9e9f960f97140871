using System.Globalization;
using System.Text;

namespace Entente.Ais.Payload;

/// <summary>Raw bits from a message (binary payloads, unknown applications), packed most significant bit first.</summary>
public readonly record struct AisBinaryData
{
    /// <summary>Creates binary data.</summary>
    /// <param name="bytes">The packed bits; the last byte is zero-padded on the right.</param>
    /// <param name="bitLength">The number of valid bits.</param>
    public AisBinaryData(ReadOnlyMemory<byte> bytes, int bitLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitLength);
        if (bytes.Length != (bitLength + 7) / 8)
        {
            throw new ArgumentException("The byte count does not match the bit length.", nameof(bytes));
        }

        Bytes = bytes;
        BitLength = bitLength;
    }

    /// <summary>The packed bits.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The number of valid bits.</summary>
    public int BitLength { get; }

    /// <summary>The bits as lower-case hexadecimal, two digits per byte.</summary>
    /// <returns>The hexadecimal text.</returns>
    public string ToHex() => Convert.ToHexStringLower(Bytes.Span);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{BitLength}:{ToHex()}");

    /// <summary>Value equality over the bits.</summary>
    /// <param name="other">The other data.</param>
    /// <returns>True when the bits are the same.</returns>
    public bool Equals(AisBinaryData other) => BitLength == other.BitLength && Bytes.Span.SequenceEqual(other.Bytes.Span);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(BitLength);
        hash.AddBytes(Bytes.Span);
        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(ToString());
        return true;
    }
}
