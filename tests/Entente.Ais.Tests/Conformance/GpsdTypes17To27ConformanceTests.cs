using System.Text.Json;
using Entente.Ais.GpsdJson;

namespace Entente.Ais.Tests.Conformance;

/// <summary>
/// Entente's JSON for message types 17 to 27 equals gpsd's expected output in every corpus file: the objects of one
/// type, in order, field by field (the whole-corpus tests also need every other type).
/// </summary>
public sealed class GpsdTypes17To27ConformanceTests
{
    private static readonly int[] Types = [17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27];

    public static TheoryData<string, int> SampleVariants()
    {
        var data = new TheoryData<string, int>();
        foreach (var variant in new[] { "js.chk.gpsd2020", "ju.chk.gpsd2020", "js.chk", "ju.chk" })
        {
            foreach (var type in Types)
            {
                data.Add(variant, type);
            }
        }

        return data;
    }

    public static TheoryData<string, int> DaemonLogs()
    {
        var data = new TheoryData<string, int>();
        foreach (var log in new[] { "ais-nmea.log", "ais-18-27.log", "ais-raw-messages.log", "ais_unpack_sixbit.log", "ais-nmea-type6-fid55.log" })
        {
            foreach (var type in Types)
            {
                data.Add(log, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleVariants))]
    public void SampleCorpus_TypeMatchesGpsdecode(string variant, int type)
    {
        var options = new GpsdJsonOptions
        {
            Scaled = variant.StartsWith("js", StringComparison.Ordinal),
            Dialect = variant.EndsWith("gpsd2020", StringComparison.Ordinal) ? GpsdDialect.Gpsd322 : GpsdDialect.Gpsd2026,
        };
        var expected = OfType(GpsdCorpus.ExpectedJson("sample.aivdm." + variant), type);
        var actual = OfType(GpsdCorpus.EntenteJson("sample.aivdm", options), type);
        AssertSame(expected, actual);
    }

    [Theory]
    [MemberData(nameof(DaemonLogs))]
    public void DaemonLog_TypeMatchesGpsd(string log, int type)
    {
        var expected = OfType(GpsdCorpus.ExpectedDaemonJson(log + ".chk"), type);
        var actual = OfType(GpsdCorpus.EntenteJson(log, new GpsdJsonOptions { Scaled = false, Device = null, Dialect = GpsdDialect.Gpsd2026 }), type);
        AssertSame(expected, actual);
    }

    private static List<string> OfType(List<string> objects, int type) => objects.Where(o =>
    {
        using var document = JsonDocument.Parse(o);
        return document.RootElement.TryGetProperty("type", out var t) && t.GetInt32() == type;
    }).ToList();

    private static void AssertSame(List<string> expected, List<string> actual)
    {
        var problems = new List<string>();
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            var differences = JsonFieldComparer.Differences(expected[i], actual[i]);
            if (differences.Count > 0)
            {
                problems.Add($"object {i + 1}: {string.Join("; ", differences)}\n  expected {expected[i]}\n  actual   {actual[i]}");
            }
        }

        if (expected.Count != actual.Count)
        {
            problems.Insert(0, $"expected {expected.Count} objects, got {actual.Count}");
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(10)));
    }
}
