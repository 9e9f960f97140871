using Entente.Tracking.Metrics;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Tests.Metrics;

public sealed partial class TrackingEvaluatorTests
{
    [Fact]
    public void PerClassTerms_SumToTheOverallTerms()
    {
        // A boat tracked 20 m off, an AIS vessel 40 m off, a dark vessel missed, and two false tracks (unknown, small-boat).
        var truths = new[] { Boat("b", 0), Ais("v", 2000), Dark("d", 4000) };
        var tracks = new[]
        {
            Track(1, 20), Track(2, 2040, cls: TrackClass.VesselWithAis, mmsi: 232000001), Track(3, 9000, cls: TrackClass.Unknown), Track(4, -9000),
        };
        var r = Run((0, truths, tracks), (10, [Boat("b", 0)], []));

        var boats = r.ByClass[TruthClass.SmallBoat].Gospa;
        var ais = r.ByClass[TruthClass.VesselWithAis].Gospa;
        var dark = r.ByClass[TruthClass.VesselWithoutAis].Gospa;
        // Means over the two frames; the second holds the boat alone, missed.
        Assert.Equal((400 + HalfCutoffSquared + HalfCutoffSquared) / 2, boats.Localisation + boats.Missed + boats.False, 4);
        Assert.Equal(400.0 / 2, boats.Localisation, 4);
        Assert.Equal(HalfCutoffSquared / 2, boats.Missed, 4);
        Assert.Equal(HalfCutoffSquared / 2, boats.False, 4);
        Assert.Equal(1600.0 / 2, ais.Localisation, 4);
        Assert.Equal(0, ais.Missed + ais.False);
        Assert.Equal(HalfCutoffSquared / 2, dark.Missed, 4);
        Assert.Equal(HalfCutoffSquared / 2, dark.False, 4);
        Assert.Equal(0, dark.Localisation);

        var all = r.Overall.Gospa;
        Assert.Equal(all.Localisation, boats.Localisation + ais.Localisation + dark.Localisation, 6);
        Assert.Equal(all.Missed, boats.Missed + ais.Missed + dark.Missed, 6);
        Assert.Equal(all.False, boats.False + ais.False + dark.False, 6);
        Assert.Equal((Math.Sqrt(400 + 1600 + (3 * HalfCutoffSquared)) + Math.Sqrt(HalfCutoffSquared)) / 2, all.DistanceMetres, 6);
        Assert.Equal((Math.Sqrt(400 + HalfCutoffSquared) + Math.Sqrt(HalfCutoffSquared)) / 2, boats.DistanceMetres, 6);
    }

    [Fact]
    public void OverallGospa_IsTheMeanOfGospaComputeOverFrames_WithOtherOptions()
    {
        var options = new EvaluationOptions { CutoffMetres = 200, Order = 1 };
        var evaluator = new TrackingEvaluator(options);
        evaluator.AddFrame(At(0), [Boat("a", 0), Boat("b", 1000)], [Track(1, 0, 50), Track(2, 1000, 150)]);
        evaluator.AddFrame(At(10), [Boat("a", 0)], [Track(1, 0, 250)]);

        var r = evaluator.Result();

        // p = 1, c = 200: frame 1 is 50 + 150; frame 2 is 100 missed + 100 false (250 m is beyond the cut-off).
        Assert.Equal((200 + 200) / 2.0, r.Overall.Gospa.DistanceMetres, 6);
        Assert.Equal(200.0 / 2, r.Overall.Gospa.Localisation, 6);
        Assert.Equal(100.0 / 2, r.Overall.Gospa.Missed, 6);
        Assert.Equal(100.0 / 2, r.Overall.Gospa.False, 6);
        Assert.Same(options, r.Options);
    }

    [Fact]
    public void MmsiCorrectness_CountsAssignedAisSamplesWithTheTruthsMmsi()
    {
        var right = Track(1, 0, cls: TrackClass.VesselWithAis, mmsi: 232000001);
        var r = Run(
            (0, [Ais("v", 0)], [right]),
            (10, [Ais("v", 0)], [right]),
            (20, [Ais("v", 0)], [Track(1, 0, cls: TrackClass.VesselWithAis, mmsi: 232999999)]),
            (30, [Ais("v", 0)], [Track(1, 0, cls: TrackClass.Unknown)]),
            (40, [Boat("b", 0)], [Track(5, 0)]));

        Assert.Equal(4, r.ByClass[TruthClass.VesselWithAis].MmsiSamples);
        Assert.Equal(0.5, r.ByClass[TruthClass.VesselWithAis].MmsiCorrectness);
        Assert.Equal(0.5, r.Overall.MmsiCorrectness);
        Assert.Null(r.ByClass[TruthClass.SmallBoat].MmsiCorrectness);
        // The unknown-class sample is a classification error for the AIS vessel.
        Assert.Equal(0.75, r.ByClass[TruthClass.VesselWithAis].ClassificationAccuracy);
    }

    [Fact]
    public void ClassificationAccuracy_MapsUnknownToVesselWithoutAis()
    {
        var r = Run(
            (0, [Dark("d", 0), Boat("b", 3000)], [Track(1, 0, cls: TrackClass.Unknown), Track(2, 3000, cls: TrackClass.Unknown)]),
            (10, [Dark("d", 0), Boat("b", 3000)], [Track(1, 0, cls: TrackClass.Unknown), Track(2, 3000, cls: TrackClass.SmallBoat)]));

        Assert.Equal(1, r.ByClass[TruthClass.VesselWithoutAis].ClassificationAccuracy);
        Assert.Equal(0.5, r.ByClass[TruthClass.SmallBoat].ClassificationAccuracy);
        Assert.Equal(0.75, r.Overall.ClassificationAccuracy);
    }

    [Fact]
    public void EveryClassIsReported_EvenWhenAbsent()
    {
        var r = Run((0, [], []));

        Assert.Equal(Enum.GetValues<TruthClass>(), r.ByClass.Keys.Order());
        Assert.All(r.ByClass.Values, s =>
        {
            Assert.Equal(0, s.TruthCount);
            Assert.Null(s.Completeness);
            Assert.Null(s.Spuriousness);
            Assert.Null(s.PositionalAccuracyMetres);
            Assert.Null(s.MedianLatency);
        });
        Assert.Equal(TimeSpan.Zero, r.FrameInterval);
    }
}
