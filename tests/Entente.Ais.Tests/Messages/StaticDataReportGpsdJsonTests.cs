using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;

namespace Entente.Ais.Tests.Messages;

/// <summary>gpsd's handling of message 24: parts A held per channel and joined with their part B, or written alone with -s.</summary>
public sealed class StaticDataReportGpsdJsonTests
{
    private const string Joined =
        """{"class":"AIS","type":24,"repeat":0,"mmsi":271041815,"scaled":true,"shipname":"PROGUY","shiptype":37,"shiptype_text":"Pleasure Craft","vendorid":"ABCLC","model":3,"serial":12345,"callsign":"CALL","to_bow":1,"to_stern":2,"to_port":3,"to_starboard":4}""";

    private static string A(int mmsi, string name, char channel = 'A') => StaticDataReportTests.PartA(mmsi, name, 160).Sentence(channel);

    private static string B(int mmsi, char channel = 'A', int? mothership = null) => StaticDataReportTests.PartB(mmsi, mothership).Sentence(channel);

    [Fact]
    public void PartAThenB_WritesOneJoinedObject() =>
        Assert.Equal([Joined], Types17To27.JsonOf([A(271_041_815, "PROGUY"), B(271_041_815)]));

    [Fact]
    public void PartBWithoutA_IsHeld() => Assert.Empty(Types17To27.JsonOf([B(271_041_815), A(271_041_815, "PROGUY")]));

    [Fact]
    public void PartB_UsesItsPartAOnce() =>
        Assert.Single(Types17To27.JsonOf([A(271_041_815, "PROGUY"), B(271_041_815), B(271_041_815)]));

    [Fact]
    public void Channels_AreSeparate()
    {
        Assert.Empty(Types17To27.JsonOf([A(5, "FIVE", 'A'), B(5, 'B')]));
        Assert.Single(Types17To27.JsonOf([A(5, "FIVE", '1'), B(5, 'A')]));
        Assert.Single(Types17To27.JsonOf([A(5, "FIVE", '2'), B(5, 'B')]));
    }

    [Fact]
    public void EightPartAs_PushOutTheNinthOldest()
    {
        var sentences = Enumerable.Range(1, 9).Select(i => A(i, "N" + i)).Concat([B(1), B(2), B(9)]);

        var output = Types17To27.JsonOf(sentences);

        Assert.Equal(2, output.Count);
        Assert.Contains("\"mmsi\":2,", output[0], StringComparison.Ordinal);
        Assert.Contains("\"mmsi\":9,", output[1], StringComparison.Ordinal);
    }

    [Fact]
    public void TwoPartAs_OfOneStation_AreUsedInTurn()
    {
        var output = Types17To27.JsonOf([A(5, "FIRST"), A(5, "SECOND"), B(5), B(5)]);

        Assert.Contains("\"shipname\":\"FIRST\"", output[0], StringComparison.Ordinal);
        Assert.Contains("\"shipname\":\"SECOND\"", output[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_WritesEachPart()
    {
        var output = Types17To27.JsonOf([A(271_041_815, "PROGUY"), B(271_041_815), B(981_234_567, mothership: 123_456_789)], split: true);

        Assert.Equal(
            [
                """{"class":"AIS","type":24,"repeat":0,"mmsi":271041815,"scaled":true,"part":"A","shipname":"PROGUY"}""",
                Joined,
                """{"class":"AIS","type":24,"repeat":0,"mmsi":981234567,"scaled":true,"part":"B","shiptype":37,"shiptype_text":"Pleasure Craft","vendorid":"ABCLC","model":3,"serial":12345,"callsign":"CALL","mothership_mmsi":123456789}""",
            ],
            output);
    }

    [Fact]
    public void Messages_WithoutChannel_ShareOneMemory()
    {
        var writer = new GpsdJsonWriter(new GpsdJsonOptions { Device = null });
        var a = MessageRead.As<StaticDataReportPartA>(StaticDataReportTests.PartA(271_041_815, "PROGUY"));
        var b = MessageRead.As<StaticDataReportPartB>(StaticDataReportTests.PartB(271_041_815));

        Assert.Equal(GpsdWriteResult.Held, writer.Write(a));
        Assert.Equal(GpsdWriteResult.Written, writer.Write(b));
        Assert.Equal(Joined, writer.Line.ToString());
        Assert.Equal(Joined, MessageRead.Json(StaticDataReport.Combine(a, b)));
    }
}
