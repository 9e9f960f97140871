using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;

namespace Entente.Ais.Tests.Messages;

/// <summary>Writes streams of sentences as gpsd JSON, for message 24's memory across messages.</summary>
internal static class Types17To27
{
    /// <summary>gpsd's JSON for a stream of sentences through one writer, without the device member.</summary>
    public static List<string> JsonOf(IEnumerable<string> sentences, bool split = false)
    {
        var decoder = new AisDecoder();
        var writer = new GpsdJsonWriter(new GpsdJsonOptions { Device = null, SplitType24 = split });
        var output = new List<string>();
        foreach (var sentence in sentences)
        {
            var bytes = System.Text.Encoding.ASCII.GetBytes(sentence);
            Assert.Equal(AisDecodeStatus.Message, decoder.DecodePayload(bytes, out var payload));
            if (writer.Write(payload, out _) == GpsdWriteResult.Written)
            {
                output.Add(writer.Line.ToString());
            }
        }

        return output;
    }
}
