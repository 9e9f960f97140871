using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Sar.Drift;
using Entente.Sar.Forcing;
using Entente.Sar.Leeway;
using Entente.Sar.Particles;

namespace Entente.Sar.Tests.Drift;

/// <summary>
/// The statistical test vectors of the operational leeway model: constant wind 10 m/s toward north, no current, 6 h,
/// Δt = 600 s, 20,000 particles. Reference means and spreads (km) from the open-source operational implementation.
/// </summary>
public sealed class LeewayReferenceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly GeoPosition Origin = GeoPosition.FromDegrees(50.9, 1.3);

    [Theory]
    [InlineData("REFUGEE-RAFT-1", 5.16, 0.33)]
    [InlineData("SKIFF-3", 3.56, 0.66)]
    [InlineData("LIFE-RAFT-DB-22", 2.14, 0.51)]
    public void MeanDownwindDisplacement_IsWithinTwoPercent_AndSpreadWithinTenPercent(string key, double meanKm, double sdKm)
    {
        var (downwind, _) = Displacements(key, jibePerHour: 0);

        Assert.InRange(Mean(downwind), meanKm * 0.98, meanKm * 1.02);
        Assert.InRange(StandardDeviation(downwind), sdKm * 0.9, sdKm * 1.1);
    }

    [Fact]
    public void NoBallastRaft_MeanDownwind_IsWithinTwoPercent()
    {
        var (downwind, _) = Displacements("LIFE-RAFT-NB-2", jibePerHour: 0);

        Assert.InRange(Mean(downwind), 13.66 * 0.98, 13.66 * 1.02);
    }

    [Fact]
    public void PersonInWater_MeanDownwind_ShowsTheTruncationOfTheDownwindError()
    {
        // The closed form 0.01·(0.96·10)·21,600 s = 2.07 km ignores that ε_dw is redrawn until 0.96 + ε/20 ≥ 0, i.e.
        // ε ≥ −19.2 cm/s = −1.6σ. The truncated normal's mean is σ·φ(1.6)/(1 − Φ(−1.6)) = 12·0.1109/0.9452 = 1.41 cm/s,
        // so the mean downwind leeway is 11.0 cm/s and the displacement 2.38 km: the reference's 2.36 km.
        var (downwind, _) = Displacements("PIW-1", jibePerHour: 0);
        var closedForm = 0.0096 * 10 * 21_600 / 1000;
        var truncatedMean = (9.6 + (12 * NormalDensity(1.6) / (1 - NormalCdf(-1.6)))) / 100 * 21_600 / 1000;

        Assert.InRange(Mean(downwind), 2.36 * 0.98, 2.36 * 1.02);
        Assert.InRange(Mean(downwind), truncatedMean * 0.98, truncatedMean * 1.02);
        Assert.True(Mean(downwind) > closedForm * 1.1, $"The mean {Mean(downwind):0.000} km should exceed the untruncated {closedForm:0.000} km.");
    }

    [Theory]
    [InlineData("REFUGEE-RAFT-1", 0.75, 0.72)]
    [InlineData("SKIFF-3", 0.89, 0.83)]
    [InlineData("LIFE-RAFT-NB-2", 5.10, 4.60)]
    public void MeanAbsoluteCrosswind_MatchesTheReference_AndJibingReducesIt(string key, double withoutJibingKm, double withJibingKm)
    {
        var (_, steady) = Displacements(key, jibePerHour: 0);
        var (_, jibing) = Displacements(key, jibePerHour: 0.04);
        var steadyMean = steady.Select(Math.Abs).Average();
        var jibingMean = jibing.Select(Math.Abs).Average();

        Assert.InRange(steadyMean, withoutJibingKm * 0.97, withoutJibingKm * 1.03);
        Assert.InRange(jibingMean, withJibingKm * 0.97, withJibingKm * 1.03);
        Assert.True(jibingMean < steadyMean * 0.99, $"Jibing should reduce the mean |crosswind|: {jibingMean:0.000} km against {steadyMean:0.000} km.");
    }

    [Fact]
    public void HalfTheParticles_GoEachSideOfDownwind()
    {
        var (_, crosswind) = Displacements("REFUGEE-RAFT-1", jibePerHour: 0);

        var right = crosswind.Count(c => c > 0);
        Assert.InRange(right, 9_800, 10_200);
    }

    private static (double[] DownwindKm, double[] CrosswindKm) Displacements(string key, double jibePerHour)
    {
        Assert.True(LeewayCategories.TryFind(key, out var category));
        var options = new DriftOptions { Particles = 20_000, Step = TimeSpan.FromSeconds(600), JibeProbabilityPerHour = jibePerHour, RandomSeed = 7 };
        // Wind from the south blows toward the north: downwind is +northing, right of downwind is +easting.
        var forcing = new DriftForcing(new ConstantWind(10, 180), StillWater.Instance);
        var result = DriftRunner.Run(new DriftRequest(DriftSeed.Circle(Origin, Start, 0), [new DriftScenario(category, 1)], forcing, TimeSpan.FromHours(6), options), land: null, cancellationToken: TestContext.Current.CancellationToken);
        var origin = ChannelProjection.Project(Origin);
        var cloud = result.Final;
        Assert.Equal(Start.AddHours(6), cloud.Time);
        Assert.All(cloud.States.ToArray(), s => Assert.Equal(ParticleState.Drifting, s));
        var downwind = new double[cloud.Count];
        var crosswind = new double[cloud.Count];
        for (var i = 0; i < cloud.Count; i++)
        {
            downwind[i] = (cloud.NorthingsMetres[i] - origin.NorthingMetres) / 1000;
            crosswind[i] = (cloud.EastingsMetres[i] - origin.EastingMetres) / 1000;
        }

        return (downwind, crosswind);
    }

    private static double Mean(double[] values) => values.Average();

    private static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }

    private static double NormalDensity(double z) => Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);

    // Φ by the complementary error function's continued-fraction-free series is overkill here: Zelen & Severo 26.2.17
    // (absolute error below 7.5e-8) is plenty for a 2% test.
    private static double NormalCdf(double z)
    {
        var t = 1 / (1 + (0.2316419 * Math.Abs(z)));
        var poly = t * (0.319381530 + (t * (-0.356563782 + (t * (1.781477937 + (t * (-1.821255978 + (t * 1.330274429))))))));
        var upper = NormalDensity(z) * poly;
        return z >= 0 ? 1 - upper : upper;
    }
}
