using System.Globalization;
using System.Text;
using Entente.Ais.Framing;
using Entente.Ais.Payload;

namespace Entente.Ais.Tests.Robustness;

/// <summary>
/// Makes hostile input from a seed: random payloads of every message type with valid framing (so they reach the
/// message decoders), mutations of valid sentences (truncation, flipped characters, wrong fill bits and fragment
/// counts, junk and huge lines), with the checksum recomputed half of the time so that mutations get past it.
/// </summary>
public sealed class SentenceFuzzer
{
    // Application identifiers (DAC, FI) worth hitting in binary messages 6 and 8.
    private static readonly (int Dac, int Fi)[] Applications =
        [(1, 11), (1, 12), (1, 14), (1, 16), (1, 18), (1, 20), (1, 22), (1, 24), (1, 30), (1, 31), (1, 32), (1, 40), (200, 10), (200, 55), (235, 10), (250, 10), (366, 56), (0, 0)];

    private readonly Random _random;
    private readonly IReadOnlyList<string> _seeds;

    public SentenceFuzzer(int seed, IReadOnlyList<string> seeds)
    {
        _random = new Random(seed);
        _seeds = seeds;
    }

    /// <summary>The next line of hostile input.</summary>
    public byte[] Next() => _random.Next(4) switch
    {
        0 => RandomPayloadSentence(),
        1 or 2 => Mutate(_seeds[_random.Next(_seeds.Count)]),
        _ => RandomBytes(),
    };

    private byte[] RandomPayloadSentence()
    {
        var type = _random.Next(0, 29);
        var bits = _random.Next(6, 1100);
        var armour = new StringBuilder();
        var values = new int[(bits + 5) / 6];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _random.Next(64);
        }

        // Type in the first character; for 6 and 8, often a known application header.
        values[0] = type & 63;
        if ((type == 6 || type == 8) && _random.Next(2) == 0 && values.Length > 16)
        {
            var (dac, fi) = Applications[_random.Next(Applications.Length)];
            SetBits(values, type == 6 ? 72 : 40, 10, dac);
            SetBits(values, type == 6 ? 82 : 50, 6, fi);
        }

        foreach (var v in values)
        {
            armour.Append(SixBitArmour.Armour(v));
        }

        var fill = _random.Next(6);
        var payload = armour.ToString();
        if (payload.Length <= 80 || _random.Next(3) == 0)
        {
            return Sentence($"AIVDM,1,1,,A,{payload},{fill}");
        }

        // Split into a multi-sentence group, occasionally losing or repeating a fragment.
        var parts = new List<string>();
        for (var i = 0; i < payload.Length; i += 60)
        {
            parts.Add(payload.Substring(i, Math.Min(60, payload.Length - i)));
        }

        var id = _random.Next(10);
        var lines = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (_random.Next(20) == 0)
            {
                continue;
            }

            lines.Append(Encoding.ASCII.GetString(Sentence(string.Create(CultureInfo.InvariantCulture, $"AIVDM,{parts.Count},{i + 1},{id},B,{parts[i]},{(i == parts.Count - 1 ? fill : 0)}"))));
            lines.Append('\n');
        }

        return Encoding.ASCII.GetBytes(lines.ToString());
    }

    private byte[] Mutate(string seed)
    {
        var chars = seed.ToCharArray().ToList();
        var mutations = 1 + _random.Next(3);
        for (var m = 0; m < mutations && chars.Count > 0; m++)
        {
            var at = _random.Next(chars.Count);
            switch (_random.Next(9))
            {
                case 0:
                    chars.RemoveRange(at, chars.Count - at);
                    break;
                case 1:
                    chars[at] = (char)_random.Next(32, 127);
                    break;
                case 2:
                    chars[at] = (char)(chars[at] ^ (1 << _random.Next(7)));
                    break;
                case 3:
                    chars.Insert(at, ',');
                    break;
                case 4:
                    chars.RemoveAt(at);
                    break;
                case 5:
                    chars.InsertRange(at, new string('w', _random.Next(1, 3000)));
                    break;
                case 6:
                    chars.Insert(at, (char)_random.Next(0, 256));
                    break;
                case 7:
                    ReplaceField(chars, _random.Next(1, 7), _random.Next(-2, 12).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    chars.InsertRange(at, "\\g:1-2-3,s:x,c:99*00\\");
                    break;
            }
        }

        var text = new string(chars.ToArray());
        if (_random.Next(2) == 0)
        {
            text = RecomputeChecksum(text);
        }

        return Encoding.Latin1.GetBytes(text);
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(0, 200)];
        _random.NextBytes(bytes);
        if (bytes.Length > 0 && _random.Next(2) == 0)
        {
            bytes[0] = (byte)'!';
        }

        return bytes;
    }

    private static void ReplaceField(List<char> chars, int field, string value)
    {
        var text = new string(chars.ToArray());
        var parts = text.Split(',');
        if (field < parts.Length)
        {
            parts[field] = value;
            chars.Clear();
            chars.AddRange(string.Join(',', parts));
        }
    }

    private static string RecomputeChecksum(string text)
    {
        var bang = text.IndexOf('!', StringComparison.Ordinal);
        var star = text.LastIndexOf('*');
        if (bang < 0 || star <= bang)
        {
            return text;
        }

        var body = Encoding.Latin1.GetBytes(text[(bang + 1)..star]);
        var tail = star + 3 <= text.Length ? text[(star + 3)..] : string.Empty;
        return text[..(star + 1)] + NmeaChecksum.Compute(body).ToString("X2", CultureInfo.InvariantCulture) + tail;
    }

    private static byte[] Sentence(string body) => Encoding.ASCII.GetBytes("!" + body + "*" + NmeaChecksum.Compute(Encoding.ASCII.GetBytes(body)).ToString("X2", CultureInfo.InvariantCulture));

    private static void SetBits(int[] sixBitValues, int start, int width, int value)
    {
        for (var i = 0; i < width; i++)
        {
            var bit = start + i;
            var index = bit / 6;
            if (index >= sixBitValues.Length)
            {
                return;
            }

            var shift = 5 - (bit % 6);
            var set = ((value >> (width - 1 - i)) & 1) == 1;
            sixBitValues[index] = set ? sixBitValues[index] | (1 << shift) : sixBitValues[index] & ~(1 << shift);
        }
    }
}
