using System.Globalization;
using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Tests.Conformance;
using Entente.Testing;

namespace Entente.Ais.Tests.Robustness;

/// <summary>
/// Hostile input never throws out of the decoder or the JSON writer, never hangs, and every line is accounted for.
/// CI runs a sample; bench/ais-fuzz.sh runs a million cases or more through the same test (ENTENTE_FUZZ_CASES).
/// </summary>
public sealed class DecoderFuzzTests
{
    private const int CiCases = 30_000;

    private static List<string> Seeds()
    {
        var seeds = new List<string>
        {
            "!AIVDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0*29",
            "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C",
            "!AIVDM,2,2,1,A,88888888880,2*25",
            "\\g:1-2-1278,s:66,c:1661782369*43\\!AIVDM,2,1,3,A,56=nR7D00003A<I@E=@TmDh637OS60mA:222220N1@6427?P00888888,0*66",
            "!AIVDM,1,1,,A,15N1u<PP1FJuvSRHOE6QIwwh0HQ6,0*30,d-080,S2118,t050056.00,T56.4837741,r003669946,1325394060,1325394001",
        };
        if (RepositoryPaths.Shared is not null)
        {
            seeds.AddRange(GpsdCorpus.Lines("sample.aivdm").Select(l => System.Text.Encoding.Latin1.GetString(l)).Where(l => l.Contains("VDM", StringComparison.Ordinal) || l.Contains("VDO", StringComparison.Ordinal)));
        }

        return seeds;
    }

    [Fact]
    [Trait("Category", "Fuzz")]
    public void HostileInput_NeverThrowsAndIsAccountedFor()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("ENTENTE_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : CiCases;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ENTENTE_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20261122;
        var fuzzer = new SentenceFuzzer(seed, Seeds());
        var decoder = new AisDecoder(new AisDecoderOptions { MaxPendingGroups = 16 });
        var writers = new[]
        {
            new GpsdJsonWriter(),
            new GpsdJsonWriter(new GpsdJsonOptions { Scaled = false, Dialect = GpsdDialect.Gpsd2026, SplitType24 = true }),
        };
        long lines = 0, messages = 0, written = 0;
        for (var i = 0; i < cases; i++)
        {
            var input = fuzzer.Next();
            foreach (var line in Split(input))
            {
                lines++;
                try
                {
                    var status = decoder.DecodePayload(line, out var payload);
                    if (status != AisDecodeStatus.Message)
                    {
                        continue;
                    }

                    messages++;
                    foreach (var writer in writers)
                    {
                        if (writer.Write(payload, out _) == GpsdWriteResult.Written)
                        {
                            written++;
                            using var _ = System.Text.Json.JsonDocument.Parse(writer.Line.Written.ToArray());
                        }
                    }
                }
                catch (Exception ex)
                {
                    Assert.Fail($"case {i} (seed {seed}) threw {ex.GetType().Name}: {ex.Message}\n{System.Text.Encoding.Latin1.GetString(line)}");
                }
            }
        }

        decoder.Flush();
        var stats = decoder.Statistics;
        Assert.Equal(lines, stats.Lines);
        Assert.True(stats.Errors > 0, "hostile input produced no errors at all");
        Assert.True(messages > 0, "hostile input never reached the message decoders");
        Assert.True(written > 0);
        Assert.Equal(0, decoder.PendingGroups);
    }

    private static IEnumerable<byte[]> Split(byte[] input)
    {
        var start = 0;
        for (var i = 0; i <= input.Length; i++)
        {
            if (i == input.Length || input[i] == (byte)'\n')
            {
                yield return input[start..i];
                start = i + 1;
            }
        }
    }
}
