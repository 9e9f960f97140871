using Entente.Core.Projection;
using Entente.Tracking.Metrics;

namespace Entente.Tracking.Tests.Metrics;

public sealed class GospaTests
{
    private static ProjectedPoint P(double x, double y) => new(x, y);

    [Fact]
    public void NothingAgainstNothing_IsZero_AndOneMissedTruth_CostsHalfTheCutOff()
    {
        Assert.Equal(0, Gospa.Compute([], []).DistanceMetres);
        var missed = Gospa.Compute([], [P(0, 0)], 500, 2);
        Assert.Equal(Math.Sqrt(500.0 * 500 / 2), missed.DistanceMetres, 9);
        Assert.Equal(1, missed.MissedCount);
        Assert.Equal(0, missed.FalseCount);
    }

    [Fact]
    public void ItDecomposesIntoLocalisationMissedAndFalse()
    {
        // Two truths; one estimate 30 m from the first, one 40 m from nothing (600 m from the second), one truth missed.
        var truths = new[] { P(0, 0), P(1000, 0) };
        var estimates = new[] { P(30, 0), P(1000, 600) };
        var r = Gospa.Compute(estimates, truths, 500, 2);
        Assert.Equal(1, r.AssignedCount);
        Assert.Equal(1, r.MissedCount);
        Assert.Equal(1, r.FalseCount);
        Assert.Equal(900, r.Localisation, 9);
        Assert.Equal(125_000, r.Missed, 9);
        Assert.Equal(125_000, r.False, 9);
        Assert.Equal(Math.Sqrt(900 + 250_000), r.DistanceMetres, 9);
    }

    [Fact]
    public void WithOrderOne_ItMatchesTheTextbookForm()
    {
        var truths = new[] { P(0, 0), P(100, 0), P(5000, 5000) };
        var estimates = new[] { P(0, 10), P(100, 20) };
        var r = Gospa.Compute(estimates, truths, 500, 1);
        Assert.Equal(10 + 20 + 250, r.DistanceMetres, 9);
    }

    [Fact]
    public void TheAssignmentIsOptimal_NotGreedy()
    {
        // Greedy would pair the estimate at 0 with the truth at 10, leaving the one at -300 far off.
        var truths = new[] { P(10, 0), P(-300, 0) };
        var estimates = new[] { P(0, 0), P(200, 0) };
        var r = Gospa.Compute(estimates, truths, 500, 2);
        Assert.Equal(2, r.AssignedCount);
        Assert.Equal((300.0 * 300) + (190.0 * 190), r.Localisation, 9);
    }

    [Fact]
    public void OnePairAtZero_BeatsTwoPairsNearTheCutOff()
    {
        // Pairing both estimates costs 2 × 499² = 498,002; pairing only the coincident ones costs 0 + 500²/2 + 500²/2.
        var truths = new[] { P(0, 0), P(499, 0) };
        var estimates = new[] { P(0, 0), P(-499, 0) };
        var r = Gospa.Compute(estimates, truths, 500, 2);
        Assert.Equal(1, r.AssignedCount);
        Assert.Equal(0, r.Localisation, 9);
        Assert.Equal(500, r.DistanceMetres, 9);
    }

    [Fact]
    public void OspaIsBoundedByTheCutOff_AndNormalised()
    {
        Assert.Equal(0, Ospa.ComputeMetres([], []));
        Assert.Equal(500, Ospa.ComputeMetres([P(0, 0)], []));
        Assert.Equal(500, Ospa.ComputeMetres([P(0, 0)], [P(10_000, 0)]));
        var d = Ospa.ComputeMetres([P(0, 0), P(100, 0)], [P(0, 30), P(100, 40), P(9000, 0)], 500, 1);
        Assert.Equal((30 + 40 + 500) / 3.0, d, 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => Ospa.ComputeMetres([], [], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gospa.Compute([], [], 500, 0.5));
    }
}
