using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class AcknowledgementTests
{
    // ITU-R M.1371-5 message 7/13 layout: source, spare, then one to four (MMSI, sequence number) pairs.
    private static PayloadBuilder Build(int type, int destinations)
    {
        var builder = new PayloadBuilder().Field(type, 6).Field(1, 2).Field(2_655_651, 30).Field(0, 2);
        for (var i = 1; i <= destinations; i++)
        {
            builder.Field(265_538_450 + i, 30).Field(i - 1, 2);
        }

        return builder;
    }

    [Fact]
    public void TryRead_OneDestination_OthersZero()
    {
        var m = Decode.One<Acknowledgement>(Build(7, 1));

        Assert.Equal(7, m.MessageType);
        Assert.Equal(1, m.RepeatIndicator);
        Assert.Equal(2_655_651, m.Mmsi);
        Assert.Equal(72, m.PayloadBits);
        Assert.Equal(1, m.DestinationCount);
        Assert.Equal(265_538_451, m.DestinationMmsi1);
        Assert.Equal(0, m.SequenceNumber1);
        Assert.Equal((0, 0, 0), (m.DestinationMmsi2, m.DestinationMmsi3, m.DestinationMmsi4));
    }

    [Fact]
    public void TryRead_FourDestinations_ReadsAll()
    {
        var m = Decode.One<Acknowledgement>(Build(13, 4));

        Assert.Equal(13, m.MessageType);
        Assert.Equal(168, m.PayloadBits);
        Assert.Equal(4, m.DestinationCount);
        Assert.Equal(
            (265_538_451, 265_538_452, 265_538_453, 265_538_454),
            (m.DestinationMmsi1, m.DestinationMmsi2, m.DestinationMmsi3, m.DestinationMmsi4));
        Assert.Equal((0, 1, 2, 3), (m.SequenceNumber1, m.SequenceNumber2, m.SequenceNumber3, m.SequenceNumber4));
    }

    [Fact]
    public void DestinationCount_CountsWholeDestinationsOnly() =>
        Assert.Equal(2, MessageRead.As<Acknowledgement>(Build(7, 3).Sized(130)).DestinationCount);

    [Fact]
    public void TryRead_ShortPayload_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build(7, 1).Sized(71)));

    [Fact]
    public void TryRead_LongPayload_IsBadLength() =>
        Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build(13, 4).Field(0, 1)));

    [Fact]
    public void GpsdJson_AlwaysFourStations()
    {
        var m = Decode.One<Acknowledgement>(Build(7, 2));

        Assert.Equal(
            """{"class":"AIS","type":7,"repeat":1,"mmsi":2655651,"scaled":true,"mmsi1":265538451,"mmsi2":265538452,"mmsi3":0,"mmsi4":0}""",
            MessageRead.Json(m));
    }
}
