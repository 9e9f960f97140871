using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Tests.Classification;

public sealed class OutcomeReportEvidenceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AReportOfAnOutcome_IsNotCountedAsACall_ButADistressReportIs()
    {
        var converter = new DetectionConverter();
        var call = DetectionRecord.AtPosition(T0, "calls-phone", DetectionKind.Report, GeoPosition.FromDegrees(51, 1.5), 1_000) with { Source = "phone" };
        var landed = DetectionRecord.AtPosition(T0, "uk-border-force-landings", DetectionKind.Report, GeoPosition.FromDegrees(51, 1.5), 50) with
        {
            Outcome = BoatOutcome.Landed,
            Source = "patrol",
            People = 30,
        };
        var evidence = new TrackEvidence();

        var converted = converter.Convert(landed);
        Assert.True(converted.IsOutcomeReport);
        evidence.Observe(converted);
        Assert.Equal(0, evidence.Reports);

        var distress = converter.Convert(call);
        Assert.False(distress.IsOutcomeReport);
        evidence.Observe(distress);
        Assert.Equal(1, evidence.Reports);
    }
}
