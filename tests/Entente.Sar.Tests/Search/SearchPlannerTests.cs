using Entente.Core.Projection;
using Entente.Sar.Particles;
using Entente.Sar.Search;
using Entente.Sar.Search.Patterns;

namespace Entente.Sar.Tests.Search;

public sealed class SearchPlannerTests
{
    private static readonly ProjectedPoint Datum = new(9_000, 19_000);

    // An elongated cloud, 6 km by 2 km (one sigma), its long axis north-east: a typical leeway spread a few hours on.
    private static readonly ParticleCloud Cloud = TestClouds.Gaussian(new ProjectedPoint(10_000, 20_000), 6_000, 2_000, 45);

    private static SearchAsset Vessel(string name, double hours = 4) => new(name, 10, 1852, hours);

    [Fact]
    public void TwoAssets_SearchDifferentWater()
    {
        var plan = SearchPlanner.Plan(Cloud, Datum, 250, [Vessel("Alpha"), Vessel("Bravo")]);

        Assert.Equal(2, plan.Assignments.Count);
        var (first, second) = (plan.Assignments[0].Pattern, plan.Assignments[1].Pattern);
        Assert.NotSame(first.Asset, second.Asset);

        // No point of a fine grid over both areas, and no particle, lies in both.
        var corners = first.CoveredArea.Concat(second.CoveredArea).ToArray();
        var (minE, maxE) = (corners.Min(p => p.EastingMetres), corners.Max(p => p.EastingMetres));
        var (minN, maxN) = (corners.Min(p => p.NorthingMetres), corners.Max(p => p.NorthingMetres));
        var inBoth = 0;
        for (var i = 0; i <= 200; i++)
        {
            for (var j = 0; j <= 200; j++)
            {
                var (e, n) = (minE + ((maxE - minE) * (i + 0.37) / 201), minN + ((maxN - minN) * (j + 0.61) / 201));
                inBoth += first.Covers(e, n) && second.Covers(e, n) ? 1 : 0;
            }
        }

        Assert.Equal(0, inBoth);
        Assert.DoesNotContain(Enumerable.Range(0, Cloud.Count), i => first.Covers(Cloud.EastingsMetres[i], Cloud.NorthingsMetres[i])
            && second.Covers(Cloud.EastingsMetres[i], Cloud.NorthingsMetres[i]));

        // Both search water that holds probability.
        Assert.True(plan.Assignments[0].Pos > 0.1);
        Assert.True(plan.Assignments[1].Pos > 0.1);
    }

    [Fact]
    public void MoreAssets_NeverLowerThePlansPos()
    {
        SearchAsset[] fleet =
        [
            Vessel("Lifeboat", 3),
            new("Rescue 163", 90, 3700, 2.5),
            new("Patrol vessel", 14, 2800, 8),
            new("Abeille", 12, 1500, 6),
        ];

        var previous = 0.0;
        for (var count = 1; count <= fleet.Length; count++)
        {
            var plan = SearchPlanner.Plan(Cloud, Datum, 250, fleet[..count]);
            Assert.True(plan.TotalPos >= previous - 1e-12, $"{count} assets: {plan.TotalPos} after {previous}");
            previous = plan.TotalPos;
        }
    }

    [Fact]
    public void MoreEndurance_GivesAHigherPos()
    {
        var previous = 0.0;
        foreach (var hours in new[] { 1.0, 2, 4, 8 })
        {
            var plan = SearchPlanner.Plan(Cloud, Datum, 250, [Vessel("Alpha", hours)]);
            Assert.True(plan.TotalPos > previous, $"{hours} h: {plan.TotalPos} after {previous}");
            previous = plan.TotalPos;
        }
    }

    [Fact]
    public void PlanProbabilities_AgreeWithADirectCount()
    {
        var plan = SearchPlanner.Plan(Cloud, Datum, 250, [Vessel("Alpha"), new SearchAsset("Rescue 163", 90, 3700, 2.5)]);

        // Each particle is missed by every assignment with probability Π(1 − PODₖ).
        var missed = new double[Cloud.Count];
        for (var i = 0; i < Cloud.Count; i++)
        {
            missed[i] = Cloud.Weights[i];
            foreach (var assignment in plan.Assignments)
            {
                missed[i] *= 1 - assignment.Pattern.PodAt(Cloud.EastingsMetres[i], Cloud.NorthingsMetres[i]);
            }
        }

        Assert.Equal(1 - missed.Sum(), plan.TotalPos, 1e-9);
        Assert.Equal(plan.TotalPos, plan.Assignments.Sum(a => a.AddedPos), 1e-9);
        Assert.Equal(plan.TotalPos, plan.Assignments.Aggregate(SearchHistory.Empty, (h, a) => h.With(a.ConditionalPos)).CumulativePos, 1e-9);
        foreach (var assignment in plan.Assignments)
        {
            var alone = Enumerable.Range(0, Cloud.Count)
                .Sum(i => Cloud.Weights[i] * assignment.Pattern.PodAt(Cloud.EastingsMetres[i], Cloud.NorthingsMetres[i]));
            Assert.Equal(alone, assignment.Pos, 1e-9);
            Assert.True(assignment.Pattern.WithinEndurance);
        }

        var total = missed.Sum();
        for (var i = 0; i < Cloud.Count; i += 97)
        {
            Assert.Equal(missed[i] / total, plan.CloudIfUnsuccessful.Weights[i], 1e-12);
        }
    }

    [Fact]
    public void SmallCloudAboutTheDatum_IsSearchedAboutTheDatum()
    {
        var datum = new ProjectedPoint(-20_000, 5_000);
        var small = TestClouds.Gaussian(datum, 400, 300, 10);

        var plan = SearchPlanner.Plan(small, datum, 250, [new SearchAsset("Lifeboat", 20, 500, 2)]);

        var pattern = plan.Assignments.Single().Pattern;
        Assert.True(pattern.Covers(datum.EastingMetres, datum.NorthingMetres));
        Assert.True(plan.TotalPos > 0.9 * pattern.Pod);
        Assert.Empty(plan.UnassignedAssets);
    }

    [Fact]
    public void RoundCloudAboutTheDatum_GetsAPatternFromTheDatumWithItsFirstLegIntoTheWind()
    {
        var datum = new ProjectedPoint(-20_000, 5_000);
        var round = TestClouds.Gaussian(datum, 1_000, 1_000, 0);

        var plan = SearchPlanner.Plan(round, datum, 250, [new SearchAsset("Lifeboat", 20, 500, 2)]);

        // Grid bearing = true bearing − meridian convergence (the bearing of grid north from true north).
        var pattern = plan.Assignments.Single().Pattern;
        Assert.Contains(pattern.Kind, new[] { SearchPatternKind.ExpandingSquare, SearchPatternKind.SectorSearch });
        Assert.Equal(datum, pattern.Waypoints[0]);
        var intoWindGrid = 250 - ChannelProjection.ConvergenceDegrees(ChannelProjection.Unproject(datum));
        Assert.Equal(intoWindGrid, GeometryAssert.Bearing(pattern.Waypoints[0], pattern.Waypoints[1]), 1e-9);
    }

    [Fact]
    public void IdealSweepLaw_GivesAHigherPosThanRandomSearch()
    {
        SearchAsset[] assets = [Vessel("Alpha")];
        var random = SearchPlanner.Plan(Cloud, Datum, 250, assets);
        var ideal = SearchPlanner.Plan(Cloud, Datum, 250, assets, DetectionLaw.IdealSweep);

        Assert.True(ideal.TotalPos > random.TotalPos);
        Assert.Equal(DetectionLaw.IdealSweep, ideal.Assignments[0].Pattern.DetectionLaw);
    }

    [Fact]
    public void Plan_RejectsNoAssetsAndDuplicateNames()
    {
        Assert.Throws<ArgumentException>(() => SearchPlanner.Plan(Cloud, Datum, 250, []));
        Assert.Throws<ArgumentException>(() => SearchPlanner.Plan(Cloud, Datum, 250, [Vessel("Alpha"), Vessel("Alpha")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchPlanner.Plan(Cloud, Datum, double.NaN, [Vessel("Alpha")]));
    }
}
