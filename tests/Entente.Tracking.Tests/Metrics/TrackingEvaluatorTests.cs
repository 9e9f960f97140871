using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Tracking.Metrics;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Tests.Metrics;

/// <summary>Hand-built runs with known answers; positions are given on the Channel plane, in metres.</summary>
public sealed partial class TrackingEvaluatorTests
{
    private const double HalfCutoffSquared = 500.0 * 500 / 2;
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 19, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(double seconds) => Start.AddSeconds(seconds);

    private static GeoPosition Plane(double eastMetres, double northMetres) =>
        ChannelProjection.Unproject(new ProjectedPoint(50_000 + eastMetres, 30_000 + northMetres));

    private static TruthPoint Boat(string id, double x, double y = 0) => new(id, TruthClass.SmallBoat, Plane(x, y));

    private static TruthPoint Ais(string id, double x, double y = 0, int mmsi = 232000001) => new(id, TruthClass.VesselWithAis, Plane(x, y), mmsi);

    private static TruthPoint Dark(string id, double x, double y = 0) => new(id, TruthClass.VesselWithoutAis, Plane(x, y));

    private static TrackReport Track(long id, double x, double y = 0, TrackClass cls = TrackClass.SmallBoat, TrackStatus status = TrackStatus.Confirmed,
        int? mmsi = null) =>
        new(id, Plane(x, y), 5, 90, 20, cls, 0.9, status, mmsi);

    private static TrackingEvaluation Run(params (double Seconds, TruthPoint[] Truths, TrackReport[] Tracks)[] frames)
    {
        var evaluator = new TrackingEvaluator();
        foreach (var (seconds, truths, tracks) in frames)
        {
            evaluator.AddFrame(At(seconds), truths, tracks);
        }

        return evaluator.Result();
    }

    [Fact]
    public void TrackOffset30Metres_PositionalAccuracyIs30_AndGospaIsThatDistance()
    {
        var r = Run((0, [Boat("b", 0)], [Track(1, 30)]), (10, [Boat("b", 100)], [Track(1, 100, 30)]), (20, [Boat("b", 200)], [Track(1, 170)]));

        var boats = r.ByClass[TruthClass.SmallBoat];
        Assert.Equal(30, r.Overall.PositionalAccuracyMetres!.Value, 6);
        Assert.Equal(30, boats.PositionalAccuracyMetres!.Value, 6);
        Assert.Equal(30, r.Overall.Gospa.DistanceMetres, 6);
        Assert.Equal(900, r.Overall.Gospa.Localisation, 4);
        Assert.Equal(0, r.Overall.Gospa.Missed);
        Assert.Equal(0, r.Overall.Gospa.False);
        Assert.Equal(1, boats.Completeness);
        Assert.Equal(0, boats.Spuriousness);
        Assert.Equal(1, boats.ClassificationAccuracy);
        Assert.Equal(1, boats.LongestSegmentFraction);
        Assert.Equal(0, boats.TrackNumberChanges);
        Assert.Equal(TimeSpan.FromSeconds(10), r.FrameInterval);
        Assert.Equal(3, r.FrameCount);
    }

    [Fact]
    public void TrackChangingIdOnce_CountsOneChange_PerTenHoursOfInCoverageTime()
    {
        var r = Run(
            (0, [Boat("b", 0)], [Track(1, 0)]),
            (10, [Boat("b", 0)], [Track(1, 0)]),
            (20, [Boat("b", 0)], [Track(1, 0)]),
            (30, [Boat("b", 0)], [Track(2, 0)]),
            (40, [Boat("b", 0)], [Track(2, 0)]),
            (50, [Boat("b", 0)], [Track(2, 0)]));

        var boats = r.ByClass[TruthClass.SmallBoat];
        Assert.Equal(1, boats.TrackNumberChanges);
        Assert.Equal(1, r.Overall.TrackNumberChanges);
        Assert.Equal(TimeSpan.FromSeconds(60), boats.InCoverageTime);
        // One change in a minute of truth time: 600 per ten hours.
        Assert.Equal(600, boats.TrackNumberChangesPerTenHours!.Value, 9);
        Assert.Equal(0.5, boats.LongestSegmentFraction);
        Assert.Equal(0, r.ByClass[TruthClass.VesselWithAis].TrackNumberChanges);
        Assert.Null(r.ByClass[TruthClass.VesselWithAis].TrackNumberChangesPerTenHours);
    }

    [Fact]
    public void TrackLostAndRegainedUnderTheSameId_IsNoChange_ButBreaksTheSegment()
    {
        var r = Run(
            (0, [Boat("b", 0)], [Track(7, 0)]),
            (10, [Boat("b", 0)], []),
            (20, [Boat("b", 0)], [Track(7, 0)]),
            (30, [Boat("b", 0)], [Track(8, 0)]),
            (40, [Boat("b", 0)], [Track(7, 0)]));

        // 7 → 7 across a gap is the same identity; 7 → 8 and 8 → 7 are two changes.
        Assert.Equal(2, r.Overall.TrackNumberChanges);
        Assert.Equal(1.0 / 5, r.Overall.LongestSegmentFraction!.Value, 12);
        Assert.Equal(4.0 / 5, r.Overall.Completeness!.Value, 12);
    }

    [Fact]
    public void ExtraTrack_IsSpurious_AndAFalseTermOfItsReportedClass()
    {
        var r = Run(
            (0, [Ais("v", 0)], [Track(1, 0, cls: TrackClass.VesselWithAis, mmsi: 232000001), Track(2, 5000)]),
            (10, [Ais("v", 0)], [Track(1, 0, cls: TrackClass.VesselWithAis, mmsi: 232000001), Track(2, 5000)]));

        Assert.Equal(0.5, r.Overall.Spuriousness);
        Assert.Equal(2, r.Overall.SpuriousTrackSamples);
        Assert.Equal(4, r.Overall.TrackSamples);
        // Track 2 reports small-boat: its false term and spuriousness count there, not for the vessel it never was.
        Assert.Equal(1, r.ByClass[TruthClass.SmallBoat].Spuriousness);
        Assert.Equal(0, r.ByClass[TruthClass.VesselWithAis].Spuriousness);
        Assert.Equal(HalfCutoffSquared, r.ByClass[TruthClass.SmallBoat].Gospa.False, 6);
        Assert.Equal(0, r.ByClass[TruthClass.VesselWithAis].Gospa.False);
        Assert.Equal(HalfCutoffSquared, r.Overall.Gospa.False, 6);
        Assert.Equal(Math.Sqrt(HalfCutoffSquared), r.Overall.Gospa.DistanceMetres, 6);
        Assert.Equal(0.5, r.SpuriousTrackTimeFraction);
        Assert.Equal(1, r.Overall.Completeness);
    }

    [Fact]
    public void TrackBeyondTheCutOff_IsNotPaired_SoTheTruthIsMissedAndTheTrackFalse()
    {
        var r = Run((0, [Boat("b", 0)], [Track(1, 600)]));

        Assert.Equal(0, r.Overall.Completeness);
        Assert.Equal(1, r.Overall.Spuriousness);
        Assert.Null(r.Overall.PositionalAccuracyMetres);
        Assert.Equal(500, r.Overall.Gospa.DistanceMetres, 9);
        Assert.Equal(HalfCutoffSquared, r.Overall.Gospa.Missed, 6);
        Assert.Equal(HalfCutoffSquared, r.Overall.Gospa.False, 6);
    }

    [Fact]
    public void TentativeTracks_AreNeitherCreditedNorPenalised()
    {
        var r = Run((0, [Boat("b", 0)], [Track(1, 0, status: TrackStatus.Tentative), Track(2, 9000, status: TrackStatus.Tentative)]));

        Assert.Equal(0, r.Overall.TrackSamples);
        Assert.Equal(0, r.Overall.Completeness);
        Assert.Equal(0, r.Overall.Gospa.False);
        Assert.Null(r.SpuriousTrackTimeFraction);
    }

    [Fact]
    public void CoastingTracks_AreScored()
    {
        var r = Run((0, [Boat("b", 0)], [Track(1, 40, status: TrackStatus.Coasting)]));

        Assert.Equal(1, r.Overall.Completeness);
        Assert.Equal(40, r.Overall.PositionalAccuracyMetres!.Value, 6);
    }
}
