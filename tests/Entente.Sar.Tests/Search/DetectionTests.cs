using Entente.Sar.Search;

namespace Entente.Sar.Tests.Search;

public sealed class DetectionTests
{
    // Reference values of erf from Abramowitz and Stegun, Table 7.1, and Wolfram Alpha to 16 digits.
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.01, 0.011283415555849618)]
    [InlineData(0.1, 0.1124629160182849)]
    [InlineData(0.5, 0.5204998778130465)]
    [InlineData(1.0, 0.8427007929497149)]
    [InlineData(1.5, 0.9661051464753108)]
    [InlineData(2.0, 0.9953222650189527)]
    [InlineData(3.0, 0.9999779095030014)]
    [InlineData(4.0, 0.9999999845827421)]
    public void Erf_KnownValues_Match(double x, double expected)
    {
        Assert.Equal(expected, ErrorFunction.Erf(x), 1e-15);
        Assert.Equal(-expected, ErrorFunction.Erf(-x), 1e-15);
    }

    [Fact]
    public void Erf_AgreesWithNumericalIntegration()
    {
        // Composite Simpson's rule of (2/√π)e^(−t²), independent of the series.
        for (var x = 0.05; x < 5.5; x += 0.25)
        {
            const int Steps = 2000;
            var h = x / Steps;
            var sum = F(0) + F(x);
            for (var i = 1; i < Steps; i++)
            {
                sum += (i % 2 == 0 ? 2 : 4) * F(i * h);
            }

            Assert.Equal(sum * h / 3, ErrorFunction.Erf(x), 1e-13);
        }

        static double F(double t) => 2 / Math.Sqrt(Math.PI) * Math.Exp(-t * t);
    }

    [Fact]
    public void Erf_Saturates_And_PassesNaN()
    {
        Assert.Equal(1.0, ErrorFunction.Erf(6.5));
        Assert.Equal(-1.0, ErrorFunction.Erf(double.NegativeInfinity));
        Assert.True(double.IsNaN(ErrorFunction.Erf(double.NaN)));
    }

    [Fact]
    public void RandomSearch_CoverageTwo_IsAbout086()
    {
        Assert.Equal(0.86, DetectionProbability.RandomSearch(2), 2);
        Assert.Equal(1 - Math.Exp(-2), DetectionProbability.RandomSearch(2), 1e-15);
        Assert.Equal(1 - Math.Exp(-0.5), DetectionProbability.RandomSearch(0.5), 1e-15);
        Assert.Equal(0.0, DetectionProbability.RandomSearch(0));
    }

    [Fact]
    public void IdealSweep_IsErfOfHalfRootPiTimesCoverage_AndBeatsRandomSearch()
    {
        // C = 1: erf(√π/2) = erf(0.886227), between the table's erf(0.88) = 0.786687 and erf(0.89) = 0.791843, about 0.7899;
        // random search gives 0.632.
        Assert.InRange(DetectionProbability.IdealSweep(1), 0.786687, 0.791843);
        Assert.Equal(0.7899, DetectionProbability.IdealSweep(1), 4);
        for (var c = 0.1; c <= 3; c += 0.1)
        {
            Assert.True(DetectionProbability.IdealSweep(c) > DetectionProbability.RandomSearch(c));
        }

        Assert.Equal(DetectionProbability.IdealSweep(1.2), DetectionProbability.For(DetectionLaw.IdealSweep, 1.2));
        Assert.Equal(DetectionProbability.RandomSearch(1.2), DetectionProbability.For(DetectionLaw.RandomSearch, 1.2));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Pod_InvalidCoverage_Throws(double coverage)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DetectionProbability.RandomSearch(coverage));
        Assert.Throws<ArgumentOutOfRangeException>(() => DetectionProbability.IdealSweep(coverage));
    }

    [Fact]
    public void Coverage_And_Effort_FollowTheirDefinitions()
    {
        Assert.Equal(0.5, SearchCoverage.ParallelTracks(500, 1000), 1e-15);

        // 10 kn for 3 h is 30 nm = 55,560 m; times 1,000 m of sweep width.
        Assert.Equal(55_560_000, SearchCoverage.EffortSquareMetres(10, 3, 1000), 1e-6);
        Assert.Equal(2.0, SearchCoverage.FromEffort(55_560_000, 27_780_000), 1e-12);

        // T = A/(V·S): 100 km² at 10 kn (5.1444 m/s) with 1 km spacing is 100e6/(5144.4) s.
        Assert.Equal(100e6 / (10 * 1852.0 / 3600) / 1000 / 3600, SearchCoverage.HoursNeeded(100e6, 10, 1000), 1e-9);
    }

    [Fact]
    public void Asset_Validates_And_DerivesEffort()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearchAsset("x", 0, 100, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearchAsset("x", 10, -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearchAsset("x", 10, 100, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearchAsset("x", 10, 100, double.NaN));
        Assert.Throws<ArgumentException>(() => new SearchAsset(" ", 10, 100, 1));

        var asset = new SearchAsset("Lifeboat", 20, 926, 2.5);
        Assert.Equal(20 * 1852.0 * 2.5, asset.TrackLengthMetres, 1e-6);
        Assert.Equal(20 * 1852.0 * 2.5 * 926, asset.EffortSquareMetres, 1e-3);
    }
}
