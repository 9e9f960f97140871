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
    public void ARadarPlotsCrossSection_IsWrittenAfterItsErrors_To3Decimals_AndReadBack()
    {
        var plot = DetectionRecord.Radar(Time, "radar-gris-nez", GeoPosition.FromDegrees(50.8667, 1.5833), 8_421.3, 327.1042, 20, 0.3) with
        {
            RcsSquareMetres = 0.83456,
            TruthId = "boat-1",
        };
        var line = Write(plot);
        Assert.Equal("""{"time":"2021-11-24T01:02:03.456Z","sensor":"radar-gris-nez","kind":"radar","sensor_lat":50.8667,"sensor_lon":1.5833,"range_m":8421.3,"bearing_deg":327.1042,"sigma_range_m":20,"sigma_bearing_deg":0.3,"rcs_m2":0.835,"truth_id":"boat-1"}""", line);
        Assert.Equal(plot with { RcsSquareMetres = 0.835 }, Parse(line));

        var ship = plot with { RcsSquareMetres = 12_345.6789 };
        Assert.Equal(12_345.679, Parse(Write(ship)).RcsSquareMetres);
        // An estimate below the last decimal is written as the smallest positive value, never as a refused 0.
        var faint = plot with { RcsSquareMetres = 0.0002 };
        Assert.Contains("\"rcs_m2\":0.001,", Write(faint), StringComparison.Ordinal);
        Assert.Equal(0.001, Parse(Write(faint)).RcsSquareMetres);
        // Without an estimate the field is left out.
        Assert.DoesNotContain("rcs_m2", Write(plot with { RcsSquareMetres = null }), StringComparison.Ordinal);
        Assert.Null(Parse(Write(plot with { RcsSquareMetres = null })).RcsSquareMetres);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ACrossSection_MustBePositiveAndFinite(double rcs)
    {
        var plot = DetectionRecord.Radar(Time, "radar-gris-nez", GeoPosition.FromDegrees(50.8667, 1.5833), 8_421.3, 327.1042, 20, 0.3);
        Assert.Throws<ArgumentOutOfRangeException>(() => plot with { RcsSquareMetres = rcs });
    }

    [Fact]
    public void OnlyARadarPlot_CarriesACrossSection()
    {
        var sighting = DetectionRecord.AtPosition(Time, "plane-1", DetectionKind.Aerial, GeoPosition.FromDegrees(51.0, 1.6), 50);
        Assert.Throws<InvalidOperationException>(() => sighting with { RcsSquareMetres = 1 });
        Assert.Null((sighting with { RcsSquareMetres = null }).RcsSquareMetres);
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
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"radar","sensor_lat":51,"sensor_lon":1.5,"range_m":100,"bearing_deg":10,"sigma_range_m":20,"sigma_bearing_deg":0.3,"rcs_m2":0}""", "'rcs_m2' must be a positive number")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"radar","sensor_lat":51,"sensor_lon":1.5,"range_m":100,"bearing_deg":10,"sigma_range_m":20,"sigma_bearing_deg":0.3,"rcs_m2":-0.5}""", "'rcs_m2' must be a positive number")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"radar","sensor_lat":51,"sensor_lon":1.5,"range_m":100,"bearing_deg":10,"sigma_range_m":20,"sigma_bearing_deg":0.3,"rcs_m2":1e400}""", "'rcs_m2' must be a positive number")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"radar","sensor_lat":51,"sensor_lon":1.5,"range_m":100,"bearing_deg":10,"sigma_range_m":20,"sigma_bearing_deg":0.3,"rcs_m2":"big"}""", "'rcs_m2' must be a positive number")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"radar","sensor_lat":51,"sensor_lon":1.5,"range_m":100,"bearing_deg":10,"sigma_range_m":20,"sigma_bearing_deg":0.3,"rcs_m2":null}""", "'rcs_m2' must be a positive number")]
    [InlineData("""{"time":"2021-11-24T01:00:00Z","sensor":"s","kind":"aerial","lat":51,"lon":1.5,"sigma_m":10,"rcs_m2":1.2}""", "'rcs_m2' is for radar detections only")]
    public void ABadLine_IsRefused_WithAClearReason(string line, string expected)
    {
        Assert.False(DetectionRecordJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error));
        Assert.Null(record);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
