using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Payload;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

/// <summary>Reading and writing helpers for the tests of messages 17 to 27.</summary>
internal static class Types17To27
{
    /// <summary>The message the builder's payload holds, failing with the reader's error otherwise.</summary>
    public static T Read<T>(PayloadBuilder builder)
        where T : IAisMessage
    {
        var (armoured, fill) = builder.Armour();
        var payload = AisPayload.FromArmoured(armoured, fill);
        Assert.True(AisMessageReader.TryRead(payload, out var message, out var error), $"rejected: {error}");
        return Assert.IsType<T>(message);
    }

    /// <summary>Why the reader rejects the builder's payload.</summary>
    public static AisErrorKind Error(PayloadBuilder builder)
    {
        var (armoured, fill) = builder.Armour();
        var payload = AisPayload.FromArmoured(armoured, fill);
        Assert.False(AisMessageReader.TryRead(payload, out var message, out var error));
        Assert.Null(message);
        return error;
    }

    /// <summary>The first <paramref name="bits"/> bits of the builder's payload, or the payload padded with zeros to that length.</summary>
    public static PayloadBuilder Sized(this PayloadBuilder builder, int bits)
    {
        var (armoured, _) = builder.Armour();
        var result = new PayloadBuilder();
        foreach (var c in armoured)
        {
            var take = Math.Min(6, bits - result.BitLength);
            if (take <= 0)
            {
                break;
            }

            result.Field(SixBitArmour.Dearmour((byte)c) >> (6 - take), take);
        }

        return bits > result.BitLength ? result.Field(0, bits - result.BitLength) : result;
    }

    /// <summary>gpsd's JSON for a message, without the device member.</summary>
    public static string Json(IAisMessage message, bool scaled = true, GpsdDialect dialect = GpsdDialect.Gpsd322)
    {
        var writer = new GpsdJsonWriter(new GpsdJsonOptions { Scaled = scaled, Device = null, Dialect = dialect });
        Assert.Equal(GpsdWriteResult.Written, writer.Write(message));
        return writer.Line.ToString();
    }

    /// <summary>gpsd's JSON for a stream of sentences through one writer, without the device member.</summary>
    public static List<string> Json(IEnumerable<string> sentences, bool split = false)
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
