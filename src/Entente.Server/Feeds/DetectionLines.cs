using System.Globalization;
using Entente.Core.Detections;
using Entente.Core.Identifiers;

namespace Entente.Server.Feeds;

/// <summary>
/// Reads detection records sent as JSON lines (docs/formats/detections.md), one or more per UDP datagram or HTTP body:
/// LF or CR LF between lines, blank lines skipped. Each line is checked on its own, so one bad line costs only itself.
/// </summary>
internal static class DetectionLines
{
    /// <summary>Reads every line.</summary>
    /// <param name="text">The UTF-8 text.</param>
    /// <param name="now">The server's clock.</param>
    /// <param name="maxAhead">How far after <paramref name="now"/> a record's time may be.</param>
    /// <returns>Each non-blank line: its record or why it was rejected.</returns>
    public static List<DetectionLine> Read(ReadOnlySpan<byte> text, DateTimeOffset now, TimeSpan maxAhead)
    {
        var lines = new List<DetectionLine>();
        long number = 0;
        while (!text.IsEmpty)
        {
            number++;
            var end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? default : text[(end + 1)..];
            line = line.TrimEnd("\r"u8).Trim(" \t"u8);
            if (!line.IsEmpty)
            {
                lines.Add(ReadLine(number, line, now, maxAhead));
            }
        }

        return lines;
    }

    private static DetectionLine ReadLine(long number, ReadOnlySpan<byte> line, DateTimeOffset now, TimeSpan maxAhead)
    {
        if (!DetectionRecordJson.TryParse(line, out var record, out var error))
        {
            return new DetectionLine(number, null, error);
        }

        // A code the store can keep and share; the format itself takes any text.
        if (!SensorId.TryParse(record!.Sensor, out _))
        {
            return new DetectionLine(number, null, $"'sensor' \"{Cut(record.Sensor)}\" is not a valid sensor id (1 to 64 lower-case letters, digits, '-', '_' or '.').");
        }

        if (record.Time - now > maxAhead)
        {
            return new DetectionLine(number, null, string.Create(CultureInfo.InvariantCulture,
                $"'time' {DetectionRecordJson.FormatTime(record.Time)} is {(record.Time - now).TotalSeconds:0} s ahead of the server's clock (at most {maxAhead.TotalSeconds:0} s)."));
        }

        // The format's truth_id is for scoring simulations; nothing in the picture may see it.
        return new DetectionLine(number, record with { TruthId = null }, null);
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
