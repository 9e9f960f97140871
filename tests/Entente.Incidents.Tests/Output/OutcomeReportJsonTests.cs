using System.Text;
using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Incidents.Outcomes;
using Entente.Incidents.Output;

namespace Entente.Incidents.Tests.Output;

public sealed class OutcomeReportJsonTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 23, 41, 12, 500, TimeSpan.Zero);

    [Fact]
    public void AReport_IsWrittenInTheFormatsOrder_AndReadBackEqual()
    {
        var report = new OutcomeReport(3, T0, BoatOutcome.Rescued, "rnli-dover-alb")
        {
            People = 38,
            Position = GeoPosition.FromDegrees(51.0123456789, 1.45),
            Track = 17,
            Incident = "INC-00002",
            Message = "rnli-dover-alb reports people rescued, 38 people (track 17, INC-00002).",
        };
        var line = OutcomeReportJson.Write(report);
        Assert.Equal("""{"time":"2026-11-21T23:41:12.500Z","outcome":"rescued","id":"OUT-00003","reporter":"rnli-dover-alb","people":38,"lat":51.012346,"lon":1.45,"track":17,"incident":"INC-00002","message":"rnli-dover-alb reports people rescued, 38 people (track 17, INC-00002)."}""", line);
        Assert.True(OutcomeReportJson.TryParse(Encoding.UTF8.GetBytes(line), out var back, out var error), error);
        Assert.Equal(report with { Position = GeoPosition.FromDegrees(51.012346, 1.45) }, back);
    }

    [Fact]
    public void OptionalFields_AreLeftOut_AndAZoneIsKept()
    {
        var report = new OutcomeReport(1, T0, BoatOutcome.Prevented, "fr-beach-patrol") { Zone = "beach-wissant", Message = "Stopped." };
        var line = OutcomeReportJson.Write(report);
        Assert.Equal("""{"time":"2026-11-21T23:41:12.500Z","outcome":"prevented","id":"OUT-00001","reporter":"fr-beach-patrol","zone":"beach-wissant","message":"Stopped."}""", line);
        Assert.True(OutcomeReportJson.TryParse(Encoding.UTF8.GetBytes(line), out var back, out _));
        Assert.Equal(report, back);
    }

    [Theory]
    [InlineData("not json", "Not a JSON object")]
    [InlineData("""{"outcome":"landed","id":"OUT-00001","reporter":"r","message":""}""", "'time'")]
    [InlineData("""{"time":"2026-11-21T23:41:12Z","outcome":"sunk","id":"OUT-00001","reporter":"r","message":""}""", "'outcome'")]
    [InlineData("""{"time":"2026-11-21T23:41:12Z","outcome":"landed","id":"ALR-00001","reporter":"r","message":""}""", "'id'")]
    [InlineData("""{"time":"2026-11-21T23:41:12Z","outcome":"landed","id":"OUT-00000","reporter":"r","message":""}""", "'id'")]
    [InlineData("""{"time":"2026-11-21T23:41:12Z","outcome":"landed","id":"OUT-00001","reporter":" ","message":""}""", "'reporter'")]
    [InlineData("""{"time":"2026-11-21T23:41:12Z","outcome":"landed","id":"OUT-00001","reporter":"r","message":"","people":-1}""", "'people'")]
    [InlineData("""{"time":"2026-11-21T23:41:12Z","outcome":"landed","id":"OUT-00001","reporter":"r","message":"","lat":51}""", "'lat' and 'lon'")]
    [InlineData("""{"time":"2026-11-21T23:41:12Z","outcome":"landed","id":"OUT-00001","reporter":"r","message":"","zone":""}""", "'zone'")]
    [InlineData("""{"time":"2026-11-21T23:41:12Z","outcome":"landed","id":"OUT-00001","reporter":"r"}""", "'message'")]
    public void ABadLine_IsRejectedWithOneSentence(string line, string why)
    {
        Assert.False(OutcomeReportJson.TryParse(Encoding.UTF8.GetBytes(line), out var report, out var error));
        Assert.Null(report);
        Assert.Contains(why, error, StringComparison.Ordinal);
    }
}
