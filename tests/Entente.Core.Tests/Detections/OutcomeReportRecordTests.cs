using System.Text;
using System.Text.Json;
using Entente.Core.Detections;
using Entente.Core.Positions;

namespace Entente.Core.Tests.Detections;

public sealed class OutcomeReportRecordTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 21, 23, 40, 0, TimeSpan.Zero);

    private static string Write(DetectionRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DetectionRecordJson.Write(writer, record);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void AnOutcomeReport_IsWrittenWithItsOutcomeAfterTheKind_AndReadBack()
    {
        var report = DetectionRecord.AtPosition(Time, "rnli-dover-alb", DetectionKind.Report, GeoPosition.FromDegrees(51.05, 1.42), 50) with
        {
            Outcome = BoatOutcome.Rescued,
            People = 43,
            Source = DetectionRecordJson.OutcomeSourceAsset,
            TruthId = "boat-r004",
        };
        var line = Write(report);
        Assert.Equal("""{"time":"2026-11-21T23:40:00.000Z","sensor":"rnli-dover-alb","kind":"report","outcome":"rescued","lat":51.05,"lon":1.42,"sigma_m":50,"people":43,"source":"asset","truth_id":"boat-r004"}""", line);
        Assert.True(DetectionRecordJson.TryParse(Encoding.UTF8.GetBytes(line), out var back, out var error), error);
        Assert.Equal(report, back);
        Assert.True(back!.IsOutcomeReport);
        Assert.False(back.IsDistressReport);
    }

    [Fact]
    public void AReportWithoutAnOutcome_IsADistressReport()
    {
        var call = DetectionRecord.AtPosition(Time, "calls-phone", DetectionKind.Report, GeoPosition.FromDegrees(51, 1.5), 2_000) with { Source = "phone" };
        Assert.True(call.IsDistressReport);
        Assert.False(call.IsOutcomeReport);
        Assert.DoesNotContain("outcome", Write(call), StringComparison.Ordinal);
        var beach = DetectionRecord.AtPosition(Time, "ground-x", DetectionKind.Ground, GeoPosition.FromDegrees(50.9, 1.6), 100);
        Assert.False(beach.IsDistressReport);
    }

    [Theory]
    [InlineData(BoatOutcome.Prevented, "prevented")]
    [InlineData(BoatOutcome.Intercepted, "intercepted")]
    [InlineData(BoatOutcome.Rescued, "rescued")]
    [InlineData(BoatOutcome.Landed, "landed")]
    public void EveryOutcome_HasOneName_BothWays(BoatOutcome outcome, string name)
    {
        Assert.Equal(name, BoatOutcomes.ToName(outcome));
        Assert.Equal(outcome, BoatOutcomes.Parse(name));
        Assert.Contains(name, BoatOutcomes.All);
    }

    [Theory]
    [InlineData("""{"time":"2026-11-21T23:40:00Z","sensor":"g","kind":"ground","outcome":"landed","lat":51,"lon":1.4,"sigma_m":10,"source":"patrol"}""", "'outcome' is for report")]
    [InlineData("""{"time":"2026-11-21T23:40:00Z","sensor":"p","kind":"report","outcome":"sunk","lat":51,"lon":1.4,"sigma_m":10,"source":"patrol"}""", "'outcome' must be")]
    [InlineData("""{"time":"2026-11-21T23:40:00Z","sensor":"p","kind":"report","outcome":3,"lat":51,"lon":1.4,"sigma_m":10,"source":"patrol"}""", "'outcome' must be")]
    [InlineData("""{"time":"2026-11-21T23:40:00Z","sensor":"p","kind":"report","outcome":"landed","lat":51,"lon":1.4,"sigma_m":10}""", "needs 'source'")]
    [InlineData("""{"time":"2026-11-21T23:40:00Z","sensor":"p","kind":"report","outcome":"landed","lat":51,"lon":1.4,"sigma_m":10,"source":"phone"}""", "needs 'source'")]
    [InlineData("""{"time":"2026-11-21T23:40:00Z","sensor":"p","kind":"report","outcome":"landed","lat":51,"lon":1.4,"sigma_m":10,"source":"patrol","people":-3}""", "'people' cannot be negative")]
    public void ABadOutcomeReport_IsRejectedWithOneSentence(string line, string why)
    {
        Assert.False(DetectionRecordJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error));
        Assert.Null(record);
        Assert.Contains(why, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutcome_CannotBeSetOnAnythingButAReport_OrBeUndefined()
    {
        var plot = DetectionRecord.Radar(Time, "radar", GeoPosition.FromDegrees(50.87, 1.58), 1_000, 10, 20, 0.3);
        Assert.Throws<InvalidOperationException>(() => plot with { Outcome = BoatOutcome.Landed });
        var report = DetectionRecord.AtPosition(Time, "p", DetectionKind.Report, GeoPosition.FromDegrees(51, 1.4), 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => report with { Outcome = (BoatOutcome)42 });
    }
}
