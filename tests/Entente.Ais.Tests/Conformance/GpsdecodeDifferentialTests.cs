using System.Text;
using Entente.Ais.Decoding;
using Entente.Ais.Framing;
using Entente.Ais.GpsdJson;
using Entente.Testing;

namespace Entente.Ais.Tests.Conformance;

/// <summary>
/// Differential test: every real recording in ../shared/data/ais/real is decoded by gpsd's gpsdecode and by Entente,
/// and the two outputs are compared object by object (unscaled, so integers compare exactly). Where they disagree, the
/// disagreement must be one documented in docs/ais.md, each recognised narrowly by <see cref="KnownDifferences"/>;
/// anything else fails.
/// </summary>
public sealed class GpsdecodeDifferentialTests
{
    public static TheoryData<string> RealRecordings()
    {
        var data = new TheoryData<string>();
        var shared = RepositoryPaths.Shared;
        if (shared is null)
        {
            data.Add("(../shared absent)");
            return data;
        }

        var root = Path.Combine(shared, "data", "ais", "real");
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(".csv", StringComparison.Ordinal) && !file.EndsWith(".json", StringComparison.Ordinal) &&
                File.ReadAllText(file).Contains("VDM,", StringComparison.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealRecordings))]
    public void RealRecording_AgreesWithGpsdecode(string recording)
    {
        var shared = RepositoryPaths.Shared;
        if (shared is null)
        {
            Assert.Skip("../shared is absent: no real AIS recordings to compare.");
        }

        Gpsdecode.RequireInstalled();
        var file = Path.Combine(shared, "data", "ais", "real", recording);
        var expected = Gpsdecode.Decode(file, "-u -j");
        var decoded = Decode(file);
        var comparison = SequenceComparison.Compare(expected, decoded.Select(d => d.Json).ToList());
        var recordingContext = new RecordingContext(File.ReadAllBytes(file), decoded);
        var explained = comparison.Select(d => (Difference: d, Reason: KnownDifferences.Explain(d, recordingContext))).ToList();
        var unexplained = explained.Where(e => e.Reason is null).Select(e => e.Difference).ToList();
        Assert.True(
            unexplained.Count == 0,
            $"{recording}: {expected.Count} objects from gpsdecode, {decoded.Count} from Entente; {unexplained.Count} unexplained differences:\n" +
            string.Join("\n", unexplained.Take(10)));
    }

    private static List<DecodedObject> Decode(string file)
    {
        var decoder = new AisDecoder();
        var writer = new GpsdJsonWriter(new GpsdJsonOptions { Scaled = false });
        var output = new List<DecodedObject>();
        var fragments = new List<(string Sentence, int Line, bool Shared)>();
        var lineNumber = 0;
        foreach (var physical in GpsdCorpus.LinesOf(file))
        {
            lineNumber++;
            var sentencesOnLine = 0;
            foreach (var _ in new NmeaLineSplitter(physical))
            {
                sentencesOnLine++;
            }

            foreach (var line in new NmeaLineSplitter(physical))
            {
                var text = Encoding.Latin1.GetString(line);
                var status = decoder.DecodePayload(line, out var payload);
                if (status == AisDecodeStatus.Pending)
                {
                    fragments.Add((text, lineNumber, sentencesOnLine > 1));
                    continue;
                }

                if (status != AisDecodeStatus.Message)
                {
                    continue;
                }

                var multiSentence = payload.Reception.SentenceCount > 1;
                var sentences = fragments.Where(_ => multiSentence).Append((text, lineNumber, sentencesOnLine > 1)).ToList();
                fragments.Clear();
                if (writer.Write(payload, out _) == GpsdWriteResult.Written)
                {
                    output.Add(new DecodedObject(
                        writer.Line.ToString(),
                        sentences.Select(s => s.Item1).ToList(),
                        sentences.Select(s => s.Item2).ToList(),
                        sentences.Any(s => s.Item3)));
                }
            }
        }

        return output;
    }
}
