using Entente.Core.Detections;
using Entente.Tracking.Classification;
using Entente.Tracking.Tracks;
using Entente.Tracking.Types;

namespace Entente.Tracking.Tests.Classification;

public sealed class EvidenceClassifierTests
{
    private static Track TrackWith(double speedMetresPerSecond, IEnumerable<(DetectionKind Kind, double? Rcs)> seen)
    {
        var track = new Track(1, new GaussianState(Matrix.Column(0, speedMetresPerSecond, 0, 0), Matrix.Diagonal(100, 1, 100, 1), TestPlots.Start));
        foreach (var (kind, rcs) in seen)
        {
            track.Evidence.Observe(TestPlots.Position(TestPlots.Start, 0, 0, 20, "s", kind) with { RcsSquareMetres = rcs });
        }

        return track;
    }

    private static IEnumerable<(DetectionKind, double?)> RadarPlots(int count, double meanRcs, int seed)
    {
        // Swerling I: each plot's RCS is exponential about the mean.
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (DetectionKind.Radar, (double?)(-meanRcs * Math.Log(1 - random.NextDouble()))));
    }

    [Fact]
    public void WeakEchoesAtBoatSpeed_MakeASmallBoat()
    {
        var track = TrackWith(3, RadarPlots(20, 0.8, 1));
        new EvidenceClassifier().Classify(track, TestPlots.Start);
        Assert.Equal(TrackClass.SmallBoat, track.Class);
        Assert.True(track.ClassConfidence > 0.9);
    }

    [Fact]
    public void StrongEchoesWithoutAis_AreNotASmallBoat()
    {
        var track = TrackWith(2, RadarPlots(20, 150, 2));
        new EvidenceClassifier().Classify(track, TestPlots.Start);
        Assert.Equal(TrackClass.Unknown, track.Class);
        Assert.True(track.ClassConfidence > 0.9);
    }

    [Fact]
    public void AFewEchoesStolenFromAPassingShip_AreForgotten()
    {
        var track = TrackWith(3, RadarPlots(40, 0.8, 3).Concat(RadarPlots(3, 3_000, 4)).Concat(RadarPlots(60, 0.8, 5)));
        new EvidenceClassifier().Classify(track, TestPlots.Start);
        Assert.Equal(TrackClass.SmallBoat, track.Class);
    }

    [Fact]
    public void TooFastForASmallBoat_IsUnknownWhateverTheEcho()
    {
        var track = TrackWith(9, RadarPlots(30, 0.8, 6));
        new EvidenceClassifier().Classify(track, TestPlots.Start);
        Assert.Equal(TrackClass.Unknown, track.Class);
    }

    [Fact]
    public void WithoutRcs_AerialSightingsDecide()
    {
        var unseen = TrackWith(3, Enumerable.Repeat((DetectionKind.Radar, (double?)null), 30));
        var sighted = TrackWith(3, Enumerable.Repeat((DetectionKind.Radar, (double?)null), 30).Append((DetectionKind.Aerial, null)));
        var classifier = new EvidenceClassifier();
        classifier.Classify(unseen, TestPlots.Start);
        classifier.Classify(sighted, TestPlots.Start);
        Assert.Equal(TrackClass.Unknown, unseen.Class);
        Assert.Equal(TrackClass.SmallBoat, sighted.Class);
    }

    [Fact]
    public void AnMmsi_MakesAVesselWithAis_AndTheBaselineOnlyKnowsThat()
    {
        var track = TrackWith(3, RadarPlots(20, 0.8, 7));
        track.Mmsi = 235_000_001;
        new EvidenceClassifier().Classify(track, TestPlots.Start);
        Assert.Equal(TrackClass.VesselWithAis, track.Class);
        var boat = TrackWith(3, RadarPlots(20, 0.8, 8));
        new AisOnlyClassifier().Classify(boat, TestPlots.Start);
        Assert.Equal(TrackClass.Unknown, boat.Class);
    }
}
