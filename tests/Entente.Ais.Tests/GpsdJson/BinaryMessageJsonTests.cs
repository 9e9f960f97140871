using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.GpsdJson;

/// <summary>gpsd's JSON for messages 6 and 8, including the forms where gpsd departs from the standards (kept on purpose).</summary>
public sealed class BinaryMessageJsonTests
{
    private static readonly GpsdJsonOptions Scaled322 = new() { Scaled = true, Dialect = GpsdDialect.Gpsd322 };
    private static readonly GpsdJsonOptions Scaled2026 = new() { Scaled = true, Dialect = GpsdDialect.Gpsd2026, Device = null };
    private static readonly GpsdJsonOptions Unscaled = new() { Scaled = false };

    [Fact]
    public void UnknownApplication_IsWrittenAsBitsAndHex()
    {
        var json = Json(BinaryMessageTests.Addressed(669, 11, sequence: 3, retransmit: false).Field(0xEB2F, 16).Field(1, 3), Unscaled);

        Assert.Equal(
            "{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":6,\"repeat\":1,\"mmsi\":2320807,\"scaled\":false,\"seqno\":3," +
            "\"dest_mmsi\":235012345,\"retransmit\":false,\"dac\":669,\"fid\":11,\"data\":\"19:eb2f20\"}",
            json);
    }

    [Fact]
    public void Broadcast_UnknownApplication_IsWrittenAsBitsAndHex()
    {
        Assert.Equal(
            "{\"class\":\"AIS\",\"type\":8,\"repeat\":3,\"mmsi\":2320807,\"scaled\":true,\"dac\":366,\"fid\":56,\"data\":\"8:ff\"}",
            Json(BinaryMessageTests.Broadcast(366, 56).Field(0xFF, 8), Scaled2026));
    }

    [Fact]
    public void Text_StopsAtTheFirstPaddingCharacter()
    {
        var json = Json(BinaryMessageTests.Addressed(1, 30).Field(1, 10).Text("AB @CD", 6), Unscaled);
        Assert.EndsWith("\"linkage\":1,\"text\":\"AB\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TidalWindowImo236_ScalesAsGpsdAndAddsTheTrailingPrediction()
    {
        // One whole prediction: gpsd writes two, the second read from missing bits, and divides 1/10000 minute by 60000.
        var builder = BinaryMessageTests.Addressed(1, 14).Field(3, 4).Field(17, 5)
            .Field(51 * 600_000, 27).Field(-1 * 600_000, 28).Field(1, 5).Field(2, 6).Field(3, 5).Field(4, 6).Field(90, 9).Field(12, 7);
        var json = Json(builder, Scaled322);

        Assert.EndsWith(
            "\"month\":3,\"day\":17,\"tidals\":[{\"lon\":-10.0000,\"lat\":510.0000,\"from_hour\":1,\"from_min\":2,\"to_hour\":3," +
            "\"to_min\":4,\"cdir\":90,\"cspeed\":1.2},{\"lon\":0.0000,\"lat\":0.0000,\"from_hour\":0,\"from_min\":0,\"to_hour\":0," +
            "\"to_min\":0,\"cdir\":0,\"cspeed\":0.0}]}",
            json);
        Assert.Single(Assert.IsType<Entente.Ais.Applications.TidalWindowImo236>(Decode.One<AddressedBinaryMessage>(builder).Application).Points);
    }

    [Fact]
    public void PositionDecimals_DependOnTheDialect()
    {
        var builder = BinaryMessageTests.Addressed(1, 18).Field(1, 10).Field(0, 20).Text("", 20).Text("", 5)
            .Field(61_234, 25).Field(3_067_000, 24).Field(0, 43);

        Assert.EndsWith("\"lon\":1.0206,\"lat\":51.1167}", Json(builder, Scaled322), StringComparison.Ordinal);
        Assert.EndsWith("\"lon\":1.020567,\"lat\":51.116667}", Json(builder, Scaled2026), StringComparison.Ordinal);
    }

    [Fact]
    public void MeteorologicalImo289_WritesLegendsInPlaceOfCodesAndWrapsLowWaterLevels()
    {
        var builder = BinaryMessageTests.Broadcast(1, 31).Field(0, 25).Field(0, 24).Flag(false).Field(0, 16)
            .Field(0, 32).Field(0, 11).Field(0, 7).Field(0, 10).Field(511, 9).Field(3, 2).Flag(false).Field(0, 7)
            .Field(999, 12).Field(1, 2).Field(0, 107).Field(0, 4).Field(0, 10).Field(7, 3).Field(0, 9).Field(3, 2).Field(0, 10);
        var json = Json(builder, Scaled322);

        Assert.Contains("\"pressure\":1310,\"pressuretend\":\"N/A\"", json, StringComparison.Ordinal);
        Assert.Contains("\"waterlevel\":42949673.0,\"leveltrend\":\"increasing\"", json, StringComparison.Ordinal);
        Assert.EndsWith("\"preciptype\":\"N/A\",\"salinity\":0.0,\"ice\":\"N/A\"}", json, StringComparison.Ordinal);
        Assert.EndsWith("\"preciptype\":7,\"salinity\":0,\"ice\":3}", Json(builder, Unscaled), StringComparison.Ordinal);
    }

    [Fact]
    public void AtonMonitoring_WritesUnusedVoltageAsZero()
    {
        var builder = BinaryMessageTests.Addressed(235, 10).Field(274, 10).Field(0, 10).Field(1, 10).Field(2, 2).Field(2, 2)
            .Flag(false).Field(0, 8).Flag(false).Field(0, 4);

        Assert.EndsWith(
            "\"off_pos\":false,\"alarm\":false,\"stat_ext\":0,\"ana_int\":13.70,\"ana_ext1\":0,\"ana_ext2\":0.05,\"racon\":2," +
            "\"racon_text\":\"RACON operational\",\"light\":2,\"light_text\":\"Light OFF\"}",
            Json(builder, Scaled322),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8010, "Motor freighter")]
    [InlineData(79, "Motor freighter")]
    [InlineData(31, "Tug freighter, coupled")]
    [InlineData(8400, "Illegal ship type value.")]
    public void InlandShipType_IsLookedUpAsEriOrSolasCode(int code, string text)
    {
        var builder = BinaryMessageTests.Broadcast(200, 10).Text("", 8).Field(0, 13).Field(0, 10).Field(code, 14).Field(0, 3)
            .Field(0, 11).Field(0, 2).Field(0, 3).Field(0, 8);
        Assert.Contains($"\"shiptype\":{code},\"shiptype_text\":\"{text}\"", Json(builder, Unscaled), StringComparison.Ordinal);
    }

    private static string Json(PayloadBuilder builder, GpsdJsonOptions options)
    {
        var writer = new GpsdJsonWriter(options);
        IAisMessage message = builder.Armour().Armoured[0] == '6'
            ? Decode.One<AddressedBinaryMessage>(builder)
            : Decode.One<BroadcastBinaryMessage>(builder);
        Assert.Equal(GpsdWriteResult.Written, writer.Write(message));
        return writer.Line.ToString();
    }
}
