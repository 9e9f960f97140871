using System.Text;
using Entente.Ais.Payload;

namespace Entente.Ais.Encoders;

/// <summary>
/// Builds an AIS payload field by field (ITU-R M.1371-5 bit layouts, most significant bit first) and armours it
/// into six-bit characters. Reusable: <see cref="Clear"/> starts a new payload. Not thread-safe.
/// </summary>
public sealed class AisBitWriter
{
    private readonly List<bool> _bits = new(1024);

    /// <summary>The number of bits written.</summary>
    public int BitLength => _bits.Count;

    /// <summary>Starts a new payload.</summary>
    public void Clear() => _bits.Clear();

    /// <summary>Appends an unsigned or two's-complement field; only the low <paramref name="bits"/> bits are kept.</summary>
    /// <param name="value">The value.</param>
    /// <param name="bits">The width, 1 to 32.</param>
    /// <returns>This writer.</returns>
    public AisBitWriter Field(long value, int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 32);
        for (var i = bits - 1; i >= 0; i--)
        {
            _bits.Add(((value >> i) & 1) == 1);
        }

        return this;
    }

    /// <summary>Appends one bit.</summary>
    /// <param name="value">The flag.</param>
    /// <returns>This writer.</returns>
    public AisBitWriter Flag(bool value)
    {
        _bits.Add(value);
        return this;
    }

    /// <summary>
    /// Appends six-bit text padded with '@' to <paramref name="characters"/>; lower case is raised, and characters
    /// outside the six-bit alphabet become '?'. Longer text is cut.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="characters">The field's width in characters.</param>
    /// <returns>This writer.</returns>
    public AisBitWriter Text(string? text, int characters)
    {
        text ??= string.Empty;
        for (var i = 0; i < characters; i++)
        {
            var c = i < text.Length ? char.ToUpperInvariant(text[i]) : '@';
            var value = SixBitArmour.TextAlphabet.IndexOf(c, StringComparison.Ordinal);
            Field(value < 0 ? SixBitArmour.TextAlphabet.IndexOf('?', StringComparison.Ordinal) : value, 6);
        }

        return this;
    }

    /// <summary>The armoured payload, padded with fill bits to a whole character.</summary>
    /// <param name="fillBits">The fill bits added, 0 to 5.</param>
    /// <returns>The armoured characters.</returns>
    public string Armour(out int fillBits)
    {
        fillBits = (6 - (_bits.Count % 6)) % 6;
        var text = new StringBuilder((_bits.Count + 5) / 6);
        for (var i = 0; i < _bits.Count; i += 6)
        {
            var value = 0;
            for (var b = 0; b < 6; b++)
            {
                value = (value << 1) | (i + b < _bits.Count && _bits[i + b] ? 1 : 0);
            }

            text.Append(SixBitArmour.Armour(value));
        }

        return text.ToString();
    }
}
