using Entente.Core.Projection;
using Entente.Sar.Search;
using Entente.Sar.Search.Patterns;

namespace Entente.Sar.Tests.Search;

public sealed class ProbabilityTests
{
    private static readonly SearchAsset Asset = new("Rescue 163", 90, 1000, 3);

    // A 10 km × 4 km rectangle about the origin, tracks along grid north, 1 km apart: coverage 1.
    private static readonly SearchRectangle Box = new(new ProjectedPoint(0, 0), 10_000, 4_000, 0);

    private static (double E, double N, double W)[] Particles() =>
    [
        (0, 0, 1), (1000, 3000, 2), (-1500, -4000, 1), (500, -2000, 3), // inside (|E| ≤ 2 km, |N| ≤ 5 km)
        (3000, 0, 2), (-2500, 1000, 1), (0, 6000, 4), (9000, 9000, 1), (-7000, -100, 2), (2100, 0, 3), // outside
    ];

    [Fact]
    public void ParticlePods_InsideGetThePatternsPod_OutsideZero()
    {
        var cloud = TestClouds.Of(Particles());
        var pattern = ParallelSweep.Create(Asset, Box, 1000);

        var pods = SearchProbability.ParticlePods(cloud, pattern);

        var expectedPod = 1 - Math.Exp(-1.0);
        Assert.Equal(expectedPod, pattern.Pod, 1e-12);
        Assert.Equal([expectedPod, expectedPod, expectedPod, expectedPod, 0, 0, 0, 0, 0, 0], pods, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Pos_IsTheWeightInsideTimesPod()
    {
        var cloud = TestClouds.Of(Particles());
        var pattern = ParallelSweep.Create(Asset, Box, 1000);

        // Weights 1+2+1+3 = 7 of 20 lie inside.
        Assert.Equal(7.0 / 20 * (1 - Math.Exp(-1.0)), SearchProbability.Pos(cloud, pattern), 1e-12);
    }

    [Fact]
    public void UnsuccessfulSearch_ScalesInsideAndOutsideByBayesFactors()
    {
        var cloud = TestClouds.Of(Particles());
        var pattern = ParallelSweep.Create(Asset, Box, 1000);
        var pod = pattern.Pod;
        var pocIn = 7.0 / 20;

        var after = SearchProbability.AfterUnsuccessfulSearch(cloud, pattern);

        var inside = Enumerable.Range(0, cloud.Count).Where(i => Box.Contains(new ProjectedPoint(cloud.EastingsMetres[i], cloud.NorthingsMetres[i]))).ToArray();
        var pocInAfter = inside.Sum(i => after.Weights[i]);
        Assert.Equal(pocIn * (1 - pod) / (1 - (pocIn * pod)), pocInAfter, 1e-12);
        Assert.Equal((1 - pocIn) / (1 - (pocIn * pod)), 1 - pocInAfter, 1e-12);
        for (var i = 0; i < cloud.Count; i++)
        {
            var factor = inside.Contains(i) ? (1 - pod) / (1 - (pocIn * pod)) : 1 / (1 - (pocIn * pod));
            Assert.Equal(cloud.Weights[i] * factor, after.Weights[i], 1e-12);
        }

        // The particles themselves are unchanged.
        Assert.Equal(cloud.EastingsMetres.ToArray(), after.EastingsMetres.ToArray());
        Assert.Equal(cloud.Time, after.Time);
    }

    [Fact]
    public void UnsuccessfulSearch_CertainDetectionEverywhere_Throws()
    {
        var cloud = TestClouds.Of((0, 0, 1), (10, 10, 1));
        Assert.Throws<InvalidOperationException>(() => SearchProbability.AfterUnsuccessfulSearch(cloud, [1.0, 1.0]));
        Assert.Throws<ArgumentException>(() => SearchProbability.AfterUnsuccessfulSearch(cloud, [0.5]));
        Assert.Throws<ArgumentException>(() => SearchProbability.Pos(cloud, [0.5, 1.5]));
    }

    [Fact]
    public void CumulativePos_OfConditionalSearches_EqualsTheDirectProbability()
    {
        var cloud = TestClouds.Of(Particles());
        var first = ParallelSweep.Create(Asset, Box, 1000);
        var second = ParallelSweep.Create(Asset, new SearchRectangle(new ProjectedPoint(1000, 0), 10_000, 4_000, 0), 500);

        var pos1 = SearchProbability.Pos(cloud, first);
        var pos2 = SearchProbability.Pos(SearchProbability.AfterUnsuccessfulSearch(cloud, first), second);

        // Direct: 1 − Σ wᵢ(1 − pod1ᵢ)(1 − pod2ᵢ).
        var pods1 = SearchProbability.ParticlePods(cloud, first);
        var pods2 = SearchProbability.ParticlePods(cloud, second);
        var missed = Enumerable.Range(0, cloud.Count).Sum(i => cloud.Weights[i] * (1 - pods1[i]) * (1 - pods2[i]));
        Assert.Equal(1 - missed, SearchProbability.CumulativePos([pos1, pos2]), 1e-12);
        Assert.Equal(1 - missed, SearchHistory.Empty.With(pos1).With(pos2).CumulativePos, 1e-12);
    }

    [Fact]
    public void SearchHistory_AccumulatesIndependentSearches()
    {
        Assert.Equal(0.0, SearchHistory.Empty.CumulativePos);
        var history = SearchHistory.Empty.With(0.5).With(0.5).With(0.2);
        Assert.Equal(1 - (0.5 * 0.5 * 0.8), history.CumulativePos, 1e-15);
        Assert.Equal(3, history.Count);
        Assert.Equal([0.5, 0.5, 0.2], history.SearchPos);
        Assert.Equal(0, SearchHistory.Empty.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => history.With(1.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchProbability.CumulativePos([0.2, -0.1]));
    }

    [Fact]
    public void OptimalAllocation_SmallEffort_GoesToTheDensestCellOnly()
    {
        // Densities 0.8 and 0.2 per unit area; with Z = 0.5, λ = 0.8·e^(−0.5) = 0.485 > 0.2.
        var coverages = EffortAllocation.OptimalCoverages([0.8, 0.2], [1, 1], 0.5);
        Assert.Equal(0.5, coverages[0], 1e-12);
        Assert.Equal(0.0, coverages[1]);
    }

    [Fact]
    public void OptimalAllocation_MeetsStonesConditions_AndNoShiftOfEffortDoesBetter()
    {
        double[] poc = [0.4, 0.25, 0.2, 0.1, 0.05];
        double[] area = [2, 1, 4, 1, 3];
        const double Effort = 6;

        var c = EffortAllocation.OptimalCoverages(poc, area, Effort);

        Assert.Equal(Effort, c.Select((ci, i) => ci * area[i]).Sum(), 1e-9);
        var active = Enumerable.Range(0, poc.Length).Where(i => c[i] > 0).ToArray();
        var lambda = poc[active[0]] / area[active[0]] * Math.Exp(-c[active[0]]);
        foreach (var i in active)
        {
            // Equal marginal return d·e^(−C) in every searched cell.
            Assert.Equal(lambda, poc[i] / area[i] * Math.Exp(-c[i]), 1e-12);
        }

        foreach (var i in Enumerable.Range(0, poc.Length).Except(active))
        {
            Assert.True(poc[i] / area[i] <= lambda + 1e-12);
        }

        var best = Pos(c);
        for (var from = 0; from < poc.Length; from++)
        {
            for (var to = 0; to < poc.Length; to++)
            {
                if (from == to || c[from] * area[from] < 0.1)
                {
                    continue;
                }

                var shifted = (double[])c.Clone();
                shifted[from] -= 0.1 / area[from];
                shifted[to] += 0.1 / area[to];
                Assert.True(Pos(shifted) < best);
            }
        }

        double Pos(double[] coverage) => coverage.Select((ci, i) => poc[i] * (1 - Math.Exp(-ci))).Sum();
    }
}
