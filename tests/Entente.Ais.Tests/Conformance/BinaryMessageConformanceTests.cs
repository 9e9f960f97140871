using System.Collections.Concurrent;
using System.Text.Json;
using Entente.Ais.GpsdJson;

namespace Entente.Ais.Tests.Conformance;

/// <summary>
/// Messages 6 and 8 against gpsd's expected outputs: every object of these types, and each application (DAC/FI) on its
/// own, in the four sample variants and the five daemon logs. Objects of other types are left out of the comparison.
/// </summary>
public sealed class BinaryMessageConformanceTests
{
    private static readonly ConcurrentDictionary<string, (List<string> Expected, List<string> Actual)> Cache = new();

    private static readonly string[] CorpusNames =
    [
        "sample.aivdm.js.chk.gpsd2020", "sample.aivdm.ju.chk.gpsd2020", "sample.aivdm.js.chk", "sample.aivdm.ju.chk",
        "ais-nmea.log", "ais-18-27.log", "ais-raw-messages.log", "ais_unpack_sixbit.log", "ais-nmea-type6-fid55.log",
    ];

    public static TheoryData<string> Corpora() => new(CorpusNames);

    // Every DAC/FI pair of messages 6 and 8 in the corpus: decoded applications first, then those gpsd writes raw.
    public static TheoryData<int, int, int> Applications() => new()
    {
        { 6, 1, 12 }, { 6, 1, 14 }, { 6, 1, 18 }, { 6, 1, 30 }, { 6, 1, 32 }, { 6, 235, 10 }, { 6, 200, 55 },
        { 8, 1, 11 }, { 8, 1, 31 }, { 8, 200, 10 },
        { 6, 1, 40 }, { 6, 669, 11 }, { 6, 200, 3 }, { 6, 1, 2 }, { 6, 0, 29 }, { 6, 232, 1 },
        { 8, 366, 56 }, { 8, 366, 57 }, { 8, 1, 16 }, { 8, 415, 1 }, { 8, 211, 1 }, { 8, 367, 33 },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void EveryBinaryMessage_MatchesGpsd(string corpus)
    {
        var (expected, actual) = Load(corpus);
        AssertSame(corpus, Filter(expected, o => IsBinary(o)), Filter(actual, o => IsBinary(o)));
    }

    [Theory]
    [MemberData(nameof(Applications))]
    public void Application_MatchesGpsdInEveryCorpus(int type, int dac, int fid)
    {
        var seen = 0;
        foreach (var corpus in CorpusNames)
        {
            var (expected, actual) = Load(corpus);
            bool Match(JsonElement o) => IsBinary(o) && Get(o, "type") == type && Get(o, "dac") == dac && Get(o, "fid") == fid;
            var e = Filter(expected, Match);
            AssertSame(corpus, e, Filter(actual, Match));
            seen += e.Count;
        }

        Assert.True(seen > 0, $"no {type}:{dac}/{fid} objects in the corpus");
    }

    private static (List<string> Expected, List<string> Actual) Load(string corpus) => Cache.GetOrAdd(corpus, static c =>
    {
        if (c.StartsWith("sample.aivdm", StringComparison.Ordinal))
        {
            var scaled = c.Contains(".js.", StringComparison.Ordinal);
            var dialect = c.EndsWith(".gpsd2020", StringComparison.Ordinal) ? GpsdDialect.Gpsd322 : GpsdDialect.Gpsd2026;
            return (GpsdCorpus.ExpectedJson(c), GpsdCorpus.EntenteJson("sample.aivdm", new GpsdJsonOptions { Scaled = scaled, Dialect = dialect }));
        }

        return (GpsdCorpus.ExpectedDaemonJson(c + ".chk"),
            GpsdCorpus.EntenteJson(c, new GpsdJsonOptions { Scaled = false, Device = null, Dialect = GpsdDialect.Gpsd2026 }));
    });

    private static bool IsBinary(JsonElement o) => Get(o, "type") is 6 or 8;

    private static int Get(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : -1;

    private static List<string> Filter(List<string> objects, Func<JsonElement, bool> keep) =>
        objects.Where(json =>
        {
            using var document = JsonDocument.Parse(json);
            return keep(document.RootElement);
        }).ToList();

    private static void AssertSame(string corpus, List<string> expected, List<string> actual)
    {
        var problems = new List<string>();
        if (expected.Count != actual.Count)
        {
            problems.Add($"expected {expected.Count} objects, got {actual.Count}");
        }

        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            var differences = JsonFieldComparer.Differences(expected[i], actual[i]);
            if (differences.Count > 0)
            {
                problems.Add($"object {i + 1}: {string.Join("; ", differences)}\n  expected {expected[i]}\n  actual   {actual[i]}");
            }
        }

        Assert.True(problems.Count == 0, $"{corpus}: {problems.Count} problems:\n" + string.Join("\n", problems.Take(10)));
    }
}
