using System.Text;
using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Testing;

namespace Entente.Ais.Tests.Conformance;

/// <summary>gpsd's AIS regression corpus in ../shared/data/ais/gpsd, and Entente's JSON for it.</summary>
public static class GpsdCorpus
{
    /// <summary>The corpus folder; skips the test when ../shared is absent.</summary>
    public static string Folder()
    {
        var shared = RepositoryPaths.Shared;
        if (shared is null)
        {
            Assert.Skip("../shared is absent: gpsd's AIS corpus is not available here.");
        }

        return Path.Combine(shared, "data", "ais", "gpsd");
    }

    /// <summary>The input lines of a corpus file.</summary>
    public static IEnumerable<byte[]> Lines(string file) => LinesOf(Path.Combine(Folder(), file));

    /// <summary>The lines of any file, as bytes without their line ending.</summary>
    public static IEnumerable<byte[]> LinesOf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                if (i > start)
                {
                    yield return bytes[start..i];
                }

                start = i + 1;
            }
        }
    }

    /// <summary>Entente's JSON objects for a corpus file, in order.</summary>
    public static List<string> EntenteJson(string file, GpsdJsonOptions options)
    {
        var decoder = new AisDecoder();
        var writer = new GpsdJsonWriter(options);
        var output = new List<string>();
        foreach (var line in Lines(file))
        {
            if (decoder.DecodePayload(line, out var payload) != AisDecodeStatus.Message)
            {
                continue;
            }

            if (writer.Write(payload, out _) == GpsdWriteResult.Written)
            {
                output.Add(writer.Line.ToString());
            }
        }

        return output;
    }

    /// <summary>The objects whose "type" is one of the given message types.</summary>
    public static List<string> OfTypes(IEnumerable<string> objects, IReadOnlyCollection<int> types) =>
        objects.Where(o =>
        {
            using var document = System.Text.Json.JsonDocument.Parse(o);
            return types.Contains(document.RootElement.GetProperty("type").GetInt32());
        }).ToList();

    /// <summary>The expected JSON objects of a gpsdecode output file (one object per line).</summary>
    public static List<string> ExpectedJson(string file) =>
        File.ReadAllLines(Path.Combine(Folder(), file), Encoding.UTF8).Where(l => l.StartsWith('{')).ToList();

    /// <summary>
    /// The AIS objects of a gpsd daemon regression check file: those printed right after the sentence that completed
    /// them (the daemon repeats its last AIS report after other sentences; the repeats are not new decodes).
    /// </summary>
    public static List<string> ExpectedDaemonJson(string checkFile)
    {
        var output = new List<string>();
        var afterSentence = false;
        foreach (var line in File.ReadAllLines(Path.Combine(Folder(), checkFile), Encoding.UTF8))
        {
            if (line.StartsWith('!') || line.StartsWith('\\'))
            {
                afterSentence = true;
            }
            else if (line.StartsWith("{\"class\":\"AIS\"", StringComparison.Ordinal))
            {
                if (afterSentence)
                {
                    output.Add(line);
                }
            }
            else
            {
                afterSentence = false;
            }
        }

        return output;
    }
}
