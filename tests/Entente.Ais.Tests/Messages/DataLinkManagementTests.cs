using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class DataLinkManagementTests
{
    // ITU-R M.1371-5 message 20: spare 2, then one to four (offset 12, slots 4, timeout 3, increment 11) blocks.
    private static PayloadBuilder Build(int blocks)
    {
        var builder = new PayloadBuilder().Field(20, 6).Field(3, 2).Field(3_669_705, 30).Field(0, 2);
        for (var i = 1; i <= blocks; i++)
        {
            builder.Field(2182 + i, 12).Field(i, 4).Field(7, 3).Field(225 * i, 11);
        }

        return builder.Field(0, (8 - (builder.BitLength % 8)) % 8);
    }

    [Fact]
    public void TryRead_OneReservation_OthersZero()
    {
        var m = MessageRead.As<DataLinkManagement>(Build(1));

        Assert.Equal((20, 3, 3_669_705), (m.MessageType, m.RepeatIndicator, m.Mmsi));
        Assert.Equal(1, m.ReservationCount);
        Assert.Equal(new DataLinkReservation { OffsetNumber = 2183, SlotCount = 1, TimeoutMinutes = 7, Increment = 225 }, m.Reservation1);
        Assert.Equal(default, m.Reservation2);
        Assert.Equal(default, m.Reservation4);
    }

    [Fact]
    public void TryRead_FourReservations_ReadsAll()
    {
        var m = MessageRead.As<DataLinkManagement>(Build(4));

        Assert.Equal(4, m.ReservationCount);
        Assert.Equal(2186, m.GetReservation(3).OffsetNumber);
        Assert.Equal(900, m.Reservation4.Increment);
        Assert.Throws<ArgumentOutOfRangeException>(() => m.GetReservation(4));
    }

    [Fact]
    public void TryRead_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build(1).Sized(71)));

    [Fact]
    public void TryRead_Long_IsBadLength() => Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(Build(4).Sized(187)));

    [Fact]
    public void GpsdJson_AlwaysFourReservations() => Assert.Equal(
        """{"class":"AIS","type":20,"repeat":3,"mmsi":3669705,"scaled":true,"offset1":2183,"number1":1,"timeout1":7,"increment1":225,"offset2":0,"number2":0,"timeout2":0,"increment2":0,"offset3":0,"number3":0,"timeout3":0,"increment3":0,"offset4":0,"number4":0,"timeout4":0,"increment4":0}""",
        MessageRead.Json(MessageRead.As<DataLinkManagement>(Build(1))));
}
