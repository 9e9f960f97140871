using Entente.Testing;
using System.Text;
using System.Text.RegularExpressions;
using Entente.Ais.Decoding;
using Entente.Ais.Framing;
using Entente.Ais.GpsdJson;

namespace Entente.Ais.Tests.Conformance;

/// <summary>
/// The documented disagreements with gpsdecode (docs/ais.md, "Deliberate differences from gpsd"), each recognised
/// narrowly from the sentences involved, so that a new kind of disagreement fails the differential test.
/// </summary>
public static partial class KnownDifferences
{
    // The talkers gpsd's packet lexer accepts for AIVDM/AIVDO.
    private static readonly HashSet<string> GpsdTalkers = ["AI", "AB", "AD", "AN", "AR", "AS", "AT", "AX", "BS", "SA"];

    /// <summary>The documented reason for a difference, or null when it is not a known one.</summary>
    public static string? Explain(Difference difference, RecordingContext context)
    {
        if (difference.Gpsd is null && difference.Entente is not null)
        {
            var decoded = context.Decoded.FirstOrDefault(d => d.Json == difference.Entente);
            return decoded is null ? null : ExplainEntenteOnly(decoded, context);
        }

        if (difference.Gpsd is not null && difference.Entente is null)
        {
            return GpsdJoinedAcrossSequenceIds(difference.Gpsd, context)
                ? "gpsd joins fragments on one channel whatever their sequential message ids (IEC 61162-1 ties fragments by that id)"
                : null;
        }

        return null;
    }

    private static string? ExplainEntenteOnly(DecodedObject decoded, RecordingContext context)
    {
        var sentences = decoded.Sentences;
        if (sentences.Any(s => !GpsdTalkers.Contains(Talker(s))))
        {
            return "gpsd ignores sentences from talkers it does not know (BY, SS, --, ...); Entente accepts any talker";
        }

        if (sentences.Any(s => Field(s, 4) is { Length: > 0 } channel && channel is not ("A" or "B" or "1" or "2")))
        {
            return "gpsd rejects radio channels other than A, B, 1 and 2";
        }

        if (decoded.SharedAPhysicalLine)
        {
            return "several sentences on one physical line: Entente splits them, gpsd decodes none";
        }

        if (context.LastLineUnterminated && decoded.LineNumbers[^1] == context.LineCount)
        {
            return "gpsd drops a last line that has no newline";
        }

        if (sentences.Any(s => s.StartsWith('\\') && !TagBlockIsClean(s)))
        {
            return "a damaged or unusual tag block: gpsd drops the sentence, Entente ignores the tag block and keeps the sentence";
        }

        if (sentences.Count > 1 && DecodesAloneInGpsd(sentences, decoded.Json))
        {
            return "gpsd holds one pending group per channel and loses it to an out-of-place fragment; Entente keys groups by sequence id";
        }

        if (sentences.Count == 1 && DecodesAloneInGpsd(sentences, decoded.Json))
        {
            return "gpsd lost the sentence to the state of its reassembly (it decodes it alone)";
        }

        return null;
    }

    private static bool GpsdJoinedAcrossSequenceIds(string gpsdObject, RecordingContext context)
    {
        // Rewrite each fragment 2 that follows a fragment 1 of a different id on the same channel to that id, and see
        // whether the joined pair is exactly the object gpsd wrote.
        var sentences = Encoding.Latin1.GetString(context.Bytes).Split('\n').Select(l => l.TrimEnd('\r'))
            .Select(l => l[Math.Max(0, l.IndexOf('!', StringComparison.Ordinal))..]).Where(l => l.StartsWith('!')).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (Field(sentences[i], 1) != "2" || Field(sentences[i], 2) != "1")
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(sentences.Count, i + 8); j++)
            {
                if (Field(sentences[j], 1) == "2" && Field(sentences[j], 2) == "2" && Field(sentences[j], 4) == Field(sentences[i], 4) &&
                    Field(sentences[j], 3) != Field(sentences[i], 3))
                {
                    var rewritten = WithSequenceId(sentences[j], Field(sentences[i], 3) ?? string.Empty);
                    var json = EntenteJson([sentences[i], rewritten]);
                    if (json is not null && SequenceComparison.Compare([gpsdObject], [json]).Count == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool DecodesAloneInGpsd(IReadOnlyList<string> sentences, string ententeJson)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, string.Join("\n", sentences) + "\n", Encoding.Latin1);
            var alone = Gpsdecode.Decode(file, "-u -j");
            return alone.Count == 1 && SequenceComparison.Compare(alone, [ententeJson]).Count == 0;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? EntenteJson(IEnumerable<string> sentences)
    {
        var decoder = new AisDecoder();
        var writer = new GpsdJsonWriter(new GpsdJsonOptions { Scaled = false });
        string? json = null;
        foreach (var s in sentences)
        {
            if (decoder.DecodePayload(Encoding.Latin1.GetBytes(s), out var payload) == AisDecodeStatus.Message && writer.Write(payload, out _) == GpsdWriteResult.Written)
            {
                json = writer.Line.ToString();
            }
        }

        return json;
    }

    private static string WithSequenceId(string sentence, string id)
    {
        var star = sentence.IndexOf('*', StringComparison.Ordinal);
        var body = (star < 0 ? sentence[1..] : sentence[1..star]).Split(',');
        body[3] = id;
        var joined = string.Join(',', body);
        return "!" + joined + "*" + NmeaChecksum.Compute(Encoding.Latin1.GetBytes(joined)).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool TagBlockIsClean(string sentence)
    {
        var end = sentence.IndexOf('\\', 1);
        if (end < 0)
        {
            return false;
        }

        var content = sentence[1..end];
        return CleanTagBlock().IsMatch(content) && TagBlockParser.TryParse(Encoding.Latin1.GetBytes(content), out var tag) &&
               (!content.Contains("g:", StringComparison.Ordinal) || tag.HasGroup);
    }

    private static string Talker(string sentence)
    {
        var bang = sentence.IndexOf('!', StringComparison.Ordinal);
        return bang >= 0 && sentence.Length > bang + 3 ? sentence.Substring(bang + 1, 2) : string.Empty;
    }

    private static string? Field(string sentence, int index)
    {
        var bang = sentence.IndexOf('!', StringComparison.Ordinal);
        var fields = sentence[Math.Max(0, bang)..].Split(',');
        return index < fields.Length ? fields[index] : null;
    }

    [GeneratedRegex(@"^([a-zA-Z]:[A-Za-z0-9.\-]+,)*[a-zA-Z]:[A-Za-z0-9.\-]+\*[0-9A-Fa-f]{2}$")]
    private static partial Regex CleanTagBlock();
}
