using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Sar.Outputs;
using Entente.Sar.Particles;

namespace Entente.Sar.Tests.Outputs;

public sealed class ContainmentTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly ProjectedPoint Centre = ChannelProjection.Project(GeoPosition.FromDegrees(50.95, 1.35));

    [Fact]
    public void Grid_SumsToOne_AndHoldsEachParticlesWeightInItsCell()
    {
        var cloud = new ParticleCloud(Time, [Centre.EastingMetres, Centre.EastingMetres + 1_000, Centre.EastingMetres + 1_000],
            [Centre.NorthingMetres, Centre.NorthingMetres, Centre.NorthingMetres + 2_000], [1, 1, 2]);

        var grid = ContainmentGrid.FromCloud(cloud, 250);

        Assert.Equal(1, grid.Probabilities.ToArray().Sum(), tolerance: 1e-12);
        var column = (int)((Centre.EastingMetres + 1_000 - grid.MinEastingMetres) / 250);
        var row = (int)((Centre.NorthingMetres + 2_000 - grid.MinNorthingMetres) / 250);
        Assert.Equal(0.5, grid.At(column, row), tolerance: 1e-12);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void GaussianCloud_ContainmentArea_MatchesTheAnalyticArea(double level)
    {
        // For an isotropic normal of σ, the highest-density region holding p is a disc of area π·σ²·(−2 ln(1 − p)).
        const double Sigma = 2_000;
        var cloud = GaussianCloud(200_000, Sigma, 11);

        var area = ContainmentArea.Of(ContainmentGrid.FromCloud(cloud, 200), level);

        var expected = Math.PI * Sigma * Sigma * -2 * Math.Log(1 - level);
        Assert.InRange(area.AreaSquareMetres, expected * 0.92, expected * 1.08);
        Assert.InRange(area.Contained, level, level + 0.01);
        var polygon = Assert.Single(area.Polygons);
        Assert.Equal(polygon.Outer[0], polygon.Outer[^1]);
    }

    [Fact]
    public void NinetyPercentArea_ContainsTheFiftyPercentArea()
    {
        var grid = ContainmentGrid.FromCloud(GaussianCloud(50_000, 1_500, 3), 200);
        var (fifty, _) = grid.HighestDensity(0.5);
        var (ninety, _) = grid.HighestDensity(0.9);

        Assert.All(Enumerable.Range(0, fifty.Length).Where(i => fifty[i]), i => Assert.True(ninety[i]));
        Assert.True(ninety.Count(m => m) > fifty.Count(m => m));
    }

    [Fact]
    public void TwoSeparateClusters_GiveTwoPolygons()
    {
        var x = new List<double>();
        var y = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            x.Add(Centre.EastingMetres + (i % 10 * 20));
            y.Add(Centre.NorthingMetres + (i / 10 * 20));
            x.Add(Centre.EastingMetres + 10_000 + (i % 10 * 20));
            y.Add(Centre.NorthingMetres + (i / 10 * 20));
        }

        var cloud = new ParticleCloud(Time, x.ToArray(), y.ToArray(), Enumerable.Repeat(1.0, x.Count).ToArray());

        var area = ContainmentArea.Of(ContainmentGrid.FromCloud(cloud, 500), 1, smoothingPasses: 0);

        Assert.Equal(2, area.Polygons.Count);
        // Each cluster fits in one 500 m cell: a square of four corners plus the closing point.
        Assert.All(area.Polygons, p => Assert.Equal(5, p.Outer.Count));
    }

    [Fact]
    public void Ring_WithAnEmptyMiddle_HasAHole()
    {
        var x = new List<double>();
        var y = new List<double>();
        for (var c = 0; c < 3; c++)
        {
            for (var r = 0; r < 3; r++)
            {
                if (c == 1 && r == 1)
                {
                    continue;
                }

                x.Add(Centre.EastingMetres + (c * 100) + 50);
                y.Add(Centre.NorthingMetres + (r * 100) + 50);
            }
        }

        var cloud = new ParticleCloud(Time, x.ToArray(), y.ToArray(), Enumerable.Repeat(1.0, x.Count).ToArray());

        var area = ContainmentArea.Of(ContainmentGrid.FromCloud(cloud, 100), 1, smoothingPasses: 0);

        var polygon = Assert.Single(area.Polygons);
        var hole = Assert.Single(polygon.Holes);
        Assert.Equal(5, hole.Count);
        Assert.Equal(8 * 100 * 100, area.AreaSquareMetres, tolerance: 1e-6);
    }

    [Fact]
    public void CellsTouchingAtACorner_StaySeparatePolygons()
    {
        var cloud = new ParticleCloud(Time, [Centre.EastingMetres + 50, Centre.EastingMetres + 150], [Centre.NorthingMetres + 50, Centre.NorthingMetres + 150], [1, 1]);

        var area = ContainmentArea.Of(ContainmentGrid.FromCloud(cloud, 100), 1, smoothingPasses: 0);

        Assert.Equal(2, area.Polygons.Count);
    }

    [Fact]
    public void Datum_IsTheWeightedCentre()
    {
        var cloud = new ParticleCloud(Time, [Centre.EastingMetres, Centre.EastingMetres + 3_000], [Centre.NorthingMetres, Centre.NorthingMetres], [2, 1]);

        var datum = DatumEstimator.Estimate(cloud);

        Assert.Equal(Centre.EastingMetres + 1_000, datum.EastingMetres, tolerance: 1e-6);
        // Two points 3 km apart weighted 2:1: σ² = (2·1000² + 1·2000²)/3.
        Assert.Equal(Math.Sqrt(((2 * 1e6) + 4e6) / 3), datum.SigmaMajorMetres, tolerance: 1e-6);
        Assert.Equal(0, datum.SigmaMinorMetres, tolerance: 1e-6);
        Assert.Equal(90, datum.MajorAxisBearingDegrees, tolerance: 1e-6);
    }

    private static ParticleCloud GaussianCloud(int count, double sigma, int seed)
    {
        var random = new Random(seed);
        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            var radius = sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            x[i] = Centre.EastingMetres + (radius * Math.Cos(angle));
            y[i] = Centre.NorthingMetres + (radius * Math.Sin(angle));
        }

        return new ParticleCloud(Time, x, y, Enumerable.Repeat(1.0, count).ToArray());
    }
}
