using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Payload;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

/// <summary>Reads built payloads of any length straight through <see cref="AisMessageReader"/>, and writes gpsd JSON.</summary>
public static class MessageRead
{
    /// <summary>The message a payload carries, failing when it cannot be read.</summary>
    public static T As<T>(PayloadBuilder builder)
        where T : IAisMessage
    {
        var (armoured, fill) = builder.Armour();
        var ok = AisMessageReader.TryRead(AisPayload.FromArmoured(armoured, fill), out var message, out var error);
        Assert.True(ok, $"not read: {error}");
        return Assert.IsType<T>(message);
    }

    /// <summary>Why a payload cannot be read, failing when it can.</summary>
    public static AisErrorKind Error(PayloadBuilder builder)
    {
        var (armoured, fill) = builder.Armour();
        var ok = AisMessageReader.TryRead(AisPayload.FromArmoured(armoured, fill), out var message, out var error);
        Assert.False(ok);
        Assert.Null(message);
        return error;
    }

    /// <summary>The gpsd JSON of a message, without the "device" member.</summary>
    public static string Json(IAisMessage message, bool scaled = true, GpsdDialect dialect = GpsdDialect.Gpsd322)
    {
        var writer = new GpsdJsonWriter(new GpsdJsonOptions { Scaled = scaled, Dialect = dialect, Device = null });
        Assert.Equal(GpsdWriteResult.Written, writer.Write(message));
        return writer.Line.ToString();
    }

    /// <summary>A builder padded with zero bits, or cut, to exactly <paramref name="bits"/>.</summary>
    public static PayloadBuilder Sized(this PayloadBuilder builder, int bits)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var (armoured, fill) = builder.Armour();
        var all = string.Concat(armoured.Select(c => Convert.ToString(SixBitArmour.Dearmour((byte)c), 2).PadLeft(6, '0')));
        all = all[..(all.Length - fill)];
        all = all.Length >= bits ? all[..bits] : all.PadRight(bits, '0');
        var sized = new PayloadBuilder();
        foreach (var bit in all)
        {
            sized.Field(bit - '0', 1);
        }

        return sized;
    }
}
