using System.Globalization;
using System.Text;
using Entente.Ais.Framing;
using Entente.Ais.Payload;

namespace Entente.Benchmarks.Ais;

/// <summary>
/// Deterministic single-sentence class A position reports of ships spread over the Dover Strait, with or without
/// a tag block, for decoder benchmarks that must not depend on ../shared.
/// </summary>
public static class SyntheticAisLines
{
    public static byte[][] PositionReports(int count, bool tagBlocks, int seed = 42)
    {
        var random = new Random(seed);
        var lines = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var bits = new StringBuilder();
            Append(bits, 1 + (i % 3), 6);
            Append(bits, 0, 2);
            Append(bits, 200_000_000 + random.Next(600_000_000), 30);
            Append(bits, random.Next(16), 4);
            Append(bits, random.Next(-128, 128), 8);
            Append(bits, random.Next(1024), 10);
            Append(bits, random.Next(2), 1);
            Append(bits, (int)((0.5 + (random.NextDouble() * 2.0)) * 600_000), 28);
            Append(bits, (int)((50.5 + (random.NextDouble() * 1.0)) * 600_000), 27);
            Append(bits, random.Next(3601), 12);
            Append(bits, random.Next(360), 9);
            Append(bits, random.Next(61), 6);
            Append(bits, 0, 2);
            Append(bits, 0, 3);
            Append(bits, random.Next(2), 1);
            Append(bits, random.Next(1 << 19), 19);
            var armoured = new StringBuilder();
            for (var b = 0; b < bits.Length; b += 6)
            {
                armoured.Append(SixBitArmour.Armour(Convert.ToInt32(bits.ToString(b, 6), 2)));
            }

            var body = $"AIVDM,1,1,,{(i % 2 == 0 ? 'A' : 'B')},{armoured},0";
            var sentence = $"!{body}*{NmeaChecksum.Compute(Encoding.ASCII.GetBytes(body)):X2}";
            if (tagBlocks)
            {
                var tag = string.Create(CultureInfo.InvariantCulture, $"s:{2573000 + (i % 40)},c:{1_700_000_000 + i}");
                sentence = $"\\{tag}*{NmeaChecksum.Compute(Encoding.ASCII.GetBytes(tag)):X2}\\{sentence}";
            }

            lines[i] = Encoding.ASCII.GetBytes(sentence);
        }

        return lines;
    }

    private static void Append(StringBuilder bits, long value, int width)
    {
        var raw = value < 0 ? value + (1L << width) : value;
        for (var i = width - 1; i >= 0; i--)
        {
            bits.Append(((raw >> i) & 1) == 1 ? '1' : '0');
        }
    }
}
