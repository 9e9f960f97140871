using System.Globalization;
using System.Text;
using Entente.Ais.Framing;

namespace Entente.Ais.Encoders;

/// <summary>
/// Wraps payloads into !AIVDM (or !AIVDO) sentences of at most 60 payload characters, with checksums and, when a time
/// or source is given, an NMEA 4.0 tag block (<c>c:</c> seconds, <c>s:</c> source, <c>g:</c> group for
/// multi-sentence messages). Keeps the sequential message id and group counters, so one writer per feed.
/// </summary>
public sealed class AisSentenceWriter
{
    /// <summary>The most payload characters per sentence, which keeps sentences within NMEA's 82 characters.</summary>
    public const int MaxPayloadCharacters = 60;

    private int _sequenceId;
    private int _groupId;

    /// <summary>The talker id, "AI" unless set (e.g. "BS" for a base station).</summary>
    public string Talker { get; init; } = "AI";

    /// <summary>The sentences for one message.</summary>
    /// <param name="payload">The message's bits.</param>
    /// <param name="channel">The radio channel, 'A' or 'B'.</param>
    /// <param name="unixTimeSeconds">The tag block <c>c:</c> time, or null for none.</param>
    /// <param name="source">The tag block <c>s:</c> source, or null for none.</param>
    /// <param name="ownShip">True for !AIVDO.</param>
    /// <returns>One line per sentence, without line endings.</returns>
    public IReadOnlyList<string> Write(AisBitWriter payload, char channel, long? unixTimeSeconds = null, string? source = null, bool ownShip = false)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var armoured = payload.Armour(out var fill);
        var count = Math.Max(1, (armoured.Length + MaxPayloadCharacters - 1) / MaxPayloadCharacters);
        var sequence = string.Empty;
        var group = 0;
        if (count > 1)
        {
            sequence = _sequenceId.ToString(CultureInfo.InvariantCulture);
            _sequenceId = (_sequenceId + 1) % 10;
            group = ++_groupId;
        }

        var sentences = new string[count];
        for (var i = 0; i < count; i++)
        {
            var part = armoured.Substring(i * MaxPayloadCharacters, Math.Min(MaxPayloadCharacters, armoured.Length - (i * MaxPayloadCharacters)));
            var body = string.Create(
                CultureInfo.InvariantCulture,
                $"{Talker}{(ownShip ? "VDO" : "VDM")},{count},{i + 1},{sequence},{channel},{part},{(i == count - 1 ? fill : 0)}");
            var sentence = "!" + body + "*" + Checksum(body);
            var tags = new List<string>();
            if (count > 1 && (unixTimeSeconds is not null || source is not null))
            {
                tags.Add(string.Create(CultureInfo.InvariantCulture, $"g:{i + 1}-{count}-{group}"));
            }

            if (i == 0 && source is not null)
            {
                tags.Add("s:" + source);
            }

            if (i == 0 && unixTimeSeconds is { } seconds)
            {
                tags.Add(string.Create(CultureInfo.InvariantCulture, $"c:{seconds}"));
            }

            if (tags.Count > 0)
            {
                var content = string.Join(",", tags);
                sentence = "\\" + content + "*" + Checksum(content) + "\\" + sentence;
            }

            sentences[i] = sentence;
        }

        return sentences;
    }

    private static string Checksum(string text) =>
        NmeaChecksum.Compute(Encoding.ASCII.GetBytes(text)).ToString("X2", CultureInfo.InvariantCulture);
}
