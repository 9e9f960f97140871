using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class UtcDateInquiryTests
{
    // ITU-R M.1371-5 message 10 layout (72 bits).
    private static PayloadBuilder Build() =>
        new PayloadBuilder().Field(10, 6).Field(3, 2).Field(366_814_480, 30).Field(1, 2).Field(366_832_740, 30).Field(2, 2);

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = Decode.One<UtcDateInquiry>(Build());

        Assert.Equal(10, m.MessageType);
        Assert.Equal(3, m.RepeatIndicator);
        Assert.Equal(366_814_480, m.Mmsi);
        Assert.Equal(1, m.Spare1);
        Assert.Equal(366_832_740, m.DestinationMmsi);
        Assert.Equal(2, m.Spare2);
    }

    [Fact]
    public void TryRead_ShortPayload_IsTooShort() =>
        Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(71)));

    [Fact]
    public void GpsdJson_DestinationOnly() =>
        Assert.Equal(
            """{"class":"AIS","type":10,"repeat":3,"mmsi":366814480,"scaled":false,"dest_mmsi":366832740}""",
            MessageRead.Json(Decode.One<UtcDateInquiry>(Build()), scaled: false));
}
