using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class GroupAssignmentCommandTests
{
    // ITU-R M.1371-5 message 23, field by field.
    private static PayloadBuilder Build(int swLatitude = 30_408) => new PayloadBuilder()
        .Field(23, 6).Field(0, 2).Field(2_268_120, 30).Field(0, 2)
        .Field(1578, 18).Field(30_642, 17).Field(1096, 18).Field(swLatitude, 17)
        .Field(6, 4).Field(37, 8).Field(0, 22).Field(1, 2).Field(9, 4).Field(3, 4).Field(0, 6);

    [Fact]
    public void TryRead_ReadsEveryField()
    {
        var m = MessageRead.As<GroupAssignmentCommand>(Build());

        Assert.Equal((23, 2_268_120), (m.MessageType, m.Mmsi));
        Assert.Equal(2.63, m.NorthEastLongitudeDegrees!.Value, 9);
        Assert.Equal(51.07, m.NorthEastLatitudeDegrees!.Value, 9);
        Assert.Equal(1.8266667, m.SouthWestLongitudeDegrees!.Value, 7);
        Assert.Equal(50.68, m.SouthWestLatitudeDegrees!.Value, 9);
        Assert.Equal(StationType.InlandWaterways, m.StationType);
        Assert.Equal(ShipType.PleasureCraft, m.ShipType);
        Assert.Equal(1, m.TxRxMode);
        Assert.Equal(9, m.ReportingIntervalRaw);
        Assert.Equal(3, m.QuietTimeMinutes);
    }

    [Fact]
    public void TryRead_CornerNotAvailable_IsNull() =>
        Assert.Null(MessageRead.As<GroupAssignmentCommand>(Build(91 * 600)).SouthWestLatitudeDegrees);

    [Fact]
    public void TryRead_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(Build().Sized(159)));

    [Fact]
    public void GpsdJson_LeavesOutTxRx() => Assert.Equal(
        """{"class":"AIS","type":23,"repeat":0,"mmsi":2268120,"scaled":true,"ne_lon":"2.630000","ne_lat":"51.070000","sw_lon":"1.826667","sw_lat":"50.680000","stationtype":6,"stationtype_text":"Regional use and inland waterways","shiptype":37,"shiptype_text":"Pleasure Craft","interval":9,"quiet":3}""",
        MessageRead.Json(MessageRead.As<GroupAssignmentCommand>(Build())));
}
