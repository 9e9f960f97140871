using System.Text;
using System.Text.Json;
using Entente.Core.Detections;
using Entente.Core.Positions;

namespace Entente.Core.Tests.Detections;

public sealed class DetectionRecordJsonTests
{
    private static readonly DateTimeOffset Time = new(2021, 11, 24, 1, 2, 3, 456, TimeSpan.Zero);

    private static string Write(DetectionRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DetectionRecordJson.Write(writer, record);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static DetectionRecord Parse(string line)
    {
        Assert.True(DetectionRecordJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error), error);
        return record!;
    }

    [Fact]
    public void ARadarPlot_IsWrittenWithTheFormatsFields_AndReadBack()
    {
        var plot = DetectionRecord.Radar(Time, "radar-gris-nez", GeoPosition.FromDegrees(50.8667, 1.5833), 12_345.67, -10, 20, 0.3) with { TruthId = "ship-0001" };
        var line = Write(plot);
        Assert.Equal("""{"time":"2021-11-24T01:02:03.456Z","sensor":"radar-gris-nez","kind":"radar","sensor_lat":50.8667,"sensor_lon":1.5833,"range_m":12345.7,"bearing_deg":350,"sigma_range_m":20,"sigma_bearing_deg":0.3,"truth_id":"ship-0001"}""", line);
        var back = Parse(line);
        Assert.Equal(DetectionKind.Radar, back.Kind);
        Assert.Equal(Time, back.Time);
        Assert.Equal(12_345.7, back.RangeMetres);
        Assert.Equal(350, back.BearingDegrees);
        Assert.Equal("ship-0001", back.TruthId);
        Assert.Null(back.Position);
    }

    [Fact]
    public void AReport_KeepsItsOptionalFields()
    {
        var call = DetectionRecord.AtPosition(Time, "calls-phone", DetectionKind.Report, GeoPosition.FromDegrees(51.0, 1.6), 1_500) with
        {
            People = 33,
            Source = "phone",
            Caller = "caller-1a2b",
            SpeedKnots = 0.4,
            CourseDegrees = 35,
        };
        var back = Parse(Write(call));
        Assert.Equal(call, back);
    }

    [Theory]
    [InlineData("not json", "Not a JSON object")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("""{"sensor":"s","kind":"ground","lat":51,"lon":1.5,"sigma_m":10}""", "'time'")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","kind":"ground","lat":51,"lon":1.5,"sigma_m":10}""", "'sensor'")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"sonar","lat":51,"lon":1.5,"sigma_m":10}""", "'kind'")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"radar","range_m":100}""", "sensor_lat")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"aerial","lat":51,"lon":1.5}""", "sigma_m")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"aerial","lat":51,"lon":1.5,"sigma_m":-3}""", "positive")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"aerial","lat":95,"lon":1.5,"sigma_m":3}""", "atitude")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"report","lat":51,"lon":1.5,"sigma_m":3,"people":-2}""", "negative")]
    public void ABadLine_IsRefused_WithAClearReason(string line, string expected)
    {
        Assert.False(DetectionRecordJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error));
        Assert.Null(record);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
