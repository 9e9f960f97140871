using System.Collections.Concurrent;
using System.Text.Json;
using Entente.Ais.GpsdJson;

namespace Entente.Ais.Tests.Conformance;

/// <summary>
/// For each of message types 4, 5, 7 and 9 to 16: Entente's JSON equals gpsd's, text for text, for every object of
/// that type in the four sample variants and the five daemon logs (objects of other types are left out on both sides).
/// </summary>
public sealed class GpsdConformanceTypes4To16Tests(ITestOutputHelper output)
{
    private static readonly ConcurrentDictionary<string, (List<string> Expected, List<string> Actual)> Corpus = new();

    public static TheoryData<int> Types() => [4, 5, 7, 9, 10, 11, 12, 13, 14, 15, 16];

    [Theory]
    [MemberData(nameof(Types))]
    public void EveryObjectOfType_MatchesGpsd(int type)
    {
        var problems = new List<string>();
        var matched = 0;
        foreach (var source in Sources())
        {
            var (expectedAll, actualAll) = Corpus.GetOrAdd(source.Name, _ => (source.Expected(), source.Actual()));
            var expected = expectedAll.Where(o => TypeOf(o) == type).ToList();
            var actual = actualAll.Where(o => TypeOf(o) == type).ToList();
            output.WriteLine($"{source.Name}: {expected.Count} expected, {actual.Count} written");
            if (expected.Count != actual.Count)
            {
                problems.Add($"{source.Name}: expected {expected.Count} objects, got {actual.Count}");
            }

            for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
            {
                var differences = JsonFieldComparer.Differences(expected[i], actual[i]);
                if (differences.Count == 0 && !string.Equals(expected[i], actual[i], StringComparison.Ordinal))
                {
                    differences.Add("same fields, different text");
                }

                if (differences.Count == 0)
                {
                    matched++;
                    continue;
                }

                problems.Add($"{source.Name} #{i + 1}: {string.Join("; ", differences)}\n  expected {expected[i]}\n  actual   {actual[i]}");
            }
        }

        output.WriteLine($"{matched} matched");
        Assert.True(matched + problems.Count > 0, $"the corpus holds no message of type {type}");
        Assert.True(problems.Count == 0, $"{matched} matched, {problems.Count} problems:\n" + string.Join("\n", problems.Take(15)));
    }

    private static int TypeOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("type").GetInt32();
    }

    private static IEnumerable<Source> Sources()
    {
        foreach (var (input, expected, scaled, dialect) in new[]
        {
            ("sample.aivdm", "sample.aivdm.js.chk.gpsd2020", true, GpsdDialect.Gpsd322),
            ("sample.aivdm", "sample.aivdm.ju.chk.gpsd2020", false, GpsdDialect.Gpsd322),
            ("sample.aivdm", "sample.aivdm.js.chk", true, GpsdDialect.Gpsd2026),
            ("sample.aivdm", "sample.aivdm.ju.chk", false, GpsdDialect.Gpsd2026),
        })
        {
            var options = new GpsdJsonOptions { Scaled = scaled, Dialect = dialect };
            yield return new Source(expected, () => GpsdCorpus.ExpectedJson(expected), () => GpsdCorpus.EntenteJson(input, options));
        }

        foreach (var log in new[] { "ais-nmea.log", "ais-18-27.log", "ais-raw-messages.log", "ais_unpack_sixbit.log", "ais-nmea-type6-fid55.log" })
        {
            var options = new GpsdJsonOptions { Scaled = false, Device = null, Dialect = GpsdDialect.Gpsd2026 };
            yield return new Source(log, () => GpsdCorpus.ExpectedDaemonJson(log + ".chk"), () => GpsdCorpus.EntenteJson(log, options));
        }
    }

    private sealed record Source(string Name, Func<List<string>> Expected, Func<List<string>> Actual);
}
