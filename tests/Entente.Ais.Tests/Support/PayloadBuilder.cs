using System.Text;
using Entente.Ais.Framing;
using Entente.Ais.Payload;

namespace Entente.Ais.Tests.Support;

/// <summary>Builds AIS payloads field by field from the ITU-R M.1371-5 bit layouts, and wraps them in sentences.</summary>
public sealed class PayloadBuilder
{
    private readonly StringBuilder _bits = new();

    /// <summary>The bits so far.</summary>
    public int BitLength => _bits.Length;

    /// <summary>Appends an unsigned or two's-complement field.</summary>
    public PayloadBuilder Field(long value, int bits)
    {
        var raw = value < 0 ? value + (1L << bits) : value;
        for (var i = bits - 1; i >= 0; i--)
        {
            _bits.Append(((raw >> i) & 1) == 1 ? '1' : '0');
        }

        return this;
    }

    /// <summary>Appends a flag.</summary>
    public PayloadBuilder Flag(bool value) => Field(value ? 1 : 0, 1);

    /// <summary>Appends six-bit text, padded with '@' to the given number of characters.</summary>
    public PayloadBuilder Text(string text, int characters)
    {
        for (var i = 0; i < characters; i++)
        {
            var c = i < text.Length ? text[i] : '@';
            Field(SixBitArmour.TextAlphabet.IndexOf(c, StringComparison.Ordinal), 6);
        }

        return this;
    }

    /// <summary>The armoured payload and its fill bits.</summary>
    public (string Armoured, int FillBits) Armour()
    {
        var fill = (6 - (_bits.Length % 6)) % 6;
        var bits = _bits.ToString() + new string('0', fill);
        var armoured = new StringBuilder();
        for (var i = 0; i < bits.Length; i += 6)
        {
            armoured.Append(SixBitArmour.Armour(Convert.ToInt32(bits.Substring(i, 6), 2)));
        }

        return (armoured.ToString(), fill);
    }

    /// <summary>One or more !AIVDM sentences carrying the payload, with correct checksums.</summary>
    public IReadOnlyList<string> Sentences(char channel = 'A', int sequenceId = 1, int charactersPerSentence = 60)
    {
        var (armoured, fill) = Armour();
        var parts = new List<string>();
        for (var i = 0; i < armoured.Length; i += charactersPerSentence)
        {
            parts.Add(armoured.Substring(i, Math.Min(charactersPerSentence, armoured.Length - i)));
        }

        var sentences = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            var seq = parts.Count > 1 ? sequenceId.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            var body = $"AIVDM,{parts.Count},{i + 1},{seq},{channel},{parts[i]},{(i == parts.Count - 1 ? fill : 0)}";
            sentences.Add(WithChecksum(body));
        }

        return sentences;
    }

    /// <summary>The single sentence carrying the payload.</summary>
    public string Sentence(char channel = 'A') => Sentences(channel, charactersPerSentence: 1000).Single();

    /// <summary>"!" + body + "*hh".</summary>
    public static string WithChecksum(string body) =>
        "!" + body + "*" + NmeaChecksum.Compute(Encoding.ASCII.GetBytes(body)).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
}
