using Entente.Ais.Decoding;

namespace Entente.Simulation.Tests.Ais;

/// <summary>Decodes a run's lines with Entente's decoder, failing the test on any error or on a message whose
/// sentences are not kept together.</summary>
internal static class AisLineDecoding
{
    public static List<AisHeard> Decode(IReadOnlyList<string> lines)
    {
        var decoder = new AisDecoder();
        var heard = new List<AisHeard>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Contains("!AIVDM,2,1,", StringComparison.Ordinal))
            {
                Assert.True(i + 1 < lines.Count && lines[i + 1].Contains("!AIVDM,2,2,", StringComparison.Ordinal), $"line {i}: part 2 does not follow: {line}");
            }

            var result = decoder.Decode(line);
            Assert.True(result.Status != AisDecodeStatus.Error, $"line {i}: {line}: {AisErrorKinds.Describe(result.Error)}");
            if (result.Message is { } message)
            {
                var r = result.Reception;
                Assert.NotNull(r.Source);
                Assert.NotNull(r.UnixTimeMilliseconds);
                Assert.NotNull(r.Channel);
                heard.Add(new AisHeard(message, r.Source, r.UnixTimeMilliseconds.Value / 1000, r.Channel.Value));
            }
        }

        Assert.Equal(0, decoder.Statistics.Errors);
        Assert.Equal(0, decoder.PendingGroups);
        return heard;
    }
}
