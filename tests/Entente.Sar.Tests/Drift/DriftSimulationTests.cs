using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Geo.Geography;
using Entente.Sar.Drift;
using Entente.Sar.Forcing;
using Entente.Sar.Leeway;
using Entente.Sar.Outputs;
using Entente.Sar.Particles;

namespace Entente.Sar.Tests.Drift;

public sealed class DriftSimulationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
    private static readonly GeoPosition MidStrait = GeoPosition.FromDegrees(50.95, 1.35);
    private static readonly Lazy<ChannelGeography> Geography = new(ChannelGeography.LoadDefault);

    [Fact]
    public void PureCurrent_MovesEveryParticleByCurrentTimesTime()
    {
        var forcing = new DriftForcing(StillWater.Instance, new UniformCurrent(0.3, -0.2));
        var result = Run(DriftSeed.Circle(MidStrait, Start, 500), forcing, TimeSpan.FromHours(5), new DriftOptions { Particles = 1_000 });
        var start = ChannelProjection.Project(MidStrait);
        var seconds = 5 * 3600;

        var datum = result.DatumTrack[^1];
        Assert.Equal(start.EastingMetres + (0.3 * seconds), datum.EastingMetres, tolerance: 1e-3 * seconds);
        Assert.Equal(start.NorthingMetres - (0.2 * seconds), datum.NorthingMetres, tolerance: 1e-3 * seconds);
        // No leeway: the spread is the seed's alone, a uniform disc of radius R has σ = R/2 on every axis.
        Assert.InRange(datum.SigmaMajorMetres, 230, 270);
        Assert.Equal(6, result.DatumTrack.Count);
    }

    [Fact]
    public void TidalStream_OverOneM2Cycle_AtNeapsAndSpringsReturnsNearlyToTheStart()
    {
        // A pure M2 stream (neap ratio 1: no S2) integrates to zero over one period.
        var tide = new StraitTide(Start, springRateKnots: 2.5, neapRatio: 1);
        var forcing = new DriftForcing(StillWater.Instance, tide);
        var result = Run(DriftSeed.Circle(MidStrait, Start, 0), forcing, StraitTide.M2Period, new DriftOptions { Particles = 10, Step = TimeSpan.FromMinutes(5) });
        var start = ChannelProjection.Project(MidStrait);
        var end = result.DatumTrack[^1];

        // Half a cycle away it had run far along the axis.
        var far = result.DatumTrack.Max(d => Math.Abs(d.NorthingMetres - start.NorthingMetres));
        Assert.True(far > 5_000, $"The flood should carry the particle kilometres, not {far:0} m.");
        Assert.InRange(Math.Abs(end.NorthingMetres - start.NorthingMetres), 0, 200);
        Assert.InRange(Math.Abs(end.EastingMetres - start.EastingMetres), 0, 200);
    }

    [Fact]
    public void ReverseDrift_OfAForwardDrift_ComesBackToTheStart()
    {
        var forcing = new DriftForcing(new ConstantWind(8, 250), new StraitTide(Start.AddHours(-2)));
        var options = new DriftOptions { Particles = 2_000, JibeProbabilityPerHour = 0 };
        var forward = Run(DriftSeed.Circle(MidStrait, Start, 0), forcing, TimeSpan.FromHours(4), options);
        var found = forward.DatumTrack[^1];

        var backward = Run(DriftSeed.Circle(found.Centroid, found.Time, 0), forcing, TimeSpan.FromHours(4), options with { Direction = DriftDirection.Backward });

        Assert.Equal(Start, backward.Final.Time);
        var origin = backward.DatumTrack[^1];
        Assert.True(Geodesic.DistanceMetres(origin.Centroid, MidStrait) < 300, $"The reverse drift's centre is {Geodesic.DistanceMetres(origin.Centroid, MidStrait):0} m from the start.");
        Assert.True(origin.SigmaMetres > 100, "Leeway uncertainty spreads the reverse drift too.");
    }

    [Fact]
    public void Particles_ThatReachTheCoast_Strand()
    {
        // 2 km off Wissant with a fresh north-westerly blowing onshore and a crowded raft: most reach the beach in 12 h.
        var nearWissant = GeoPosition.FromDegrees(50.905, 1.62);
        var forcing = new DriftForcing(new ConstantWind(14, 315), StillWater.Instance);
        var result = DriftRunner.Run(new DriftRequest(DriftSeed.Circle(nearWissant, Start, 300), [new DriftScenario(LeewayCategories.RefugeeRaft, 1)], forcing,
            TimeSpan.FromHours(12), new DriftOptions { Particles = 500 }), Geography.Value.LandRaster, cancellationToken: TestContext.Current.CancellationToken);

        var states = result.Final.States.ToArray();
        var stranded = Enumerable.Range(0, states.Length).Where(i => states[i] == ParticleState.Stranded).ToList();
        Assert.True(stranded.Count > 400, $"Only {stranded.Count} of 500 particles stranded.");
        Assert.True(result.DatumTrack[^1].StrandedFraction > 0.8);
        foreach (var i in stranded.Take(50))
        {
            // On the coast to the raster's accuracy (100 m cells: within a cell's diagonal of the coastline, either side).
            var at = result.Final.PositionOf(i);
            var fromCoast = Geography.Value.DistanceToCoastAtSeaMetres(at);
            Assert.True(fromCoast < 150, $"Stranded particle {i} at {at} is {fromCoast:0} m from the coast.");
            Assert.False(Geography.Value.LandRaster.IsLand(result.Final.EastingsMetres[i], result.Final.NorthingsMetres[i]));
        }
    }

    [Fact]
    public void Seeds_ThatReachAshore_PutEveryParticleInTheWater()
    {
        // Two kilometres round Cap Blanc-Nez: a good part of the circle is land.
        var cape = GeoPosition.FromDegrees(50.925, 1.715);
        var land = Geography.Value.LandRaster;
        var simulation = new DriftSimulation(DriftSeed.Circle(cape, Start, 2_000), LeewayCategories.SmallBoatScenarios,
            new DriftForcing(StillWater.Instance, StillWater.Instance), new DriftOptions { Particles = 2_000 }, land);

        var cloud = simulation.Snapshot();

        Assert.All(Enumerable.Range(0, cloud.Count), i => Assert.False(land.IsLand(cloud.EastingsMetres[i], cloud.NorthingsMetres[i])));
        var start = ChannelProjection.Project(cape);
        Assert.All(Enumerable.Range(0, cloud.Count), i => Assert.True(start.PlanarDistanceMetres(new ProjectedPoint(cloud.EastingsMetres[i], cloud.NorthingsMetres[i])) <= 2_000.001));
    }

    [Fact]
    public void DepartureWindow_KeepsParticlesOutOfTheWaterUntilTheirTime()
    {
        var forcing = new DriftForcing(StillWater.Instance, new UniformCurrent(0.5, 0));
        var seed = DriftSeed.Circle(MidStrait, Start, 0).WithDepartureWindow(Start, Start.AddHours(2));
        var simulation = new DriftSimulation(seed, LeewayCategories.SmallBoatScenarios, forcing, new DriftOptions { Particles = 1_000 }, land: null);

        simulation.StepTo(Start.AddHours(1));
        var cloud = simulation.Snapshot();
        var waiting = cloud.States.ToArray().Count(s => s == ParticleState.NotDeparted);
        Assert.InRange(waiting, 420, 580);

        simulation.StepTo(Start.AddHours(3));
        var end = simulation.Snapshot();
        var start = ChannelProjection.Project(MidStrait).EastingMetres;
        var moved = Enumerable.Range(0, end.Count).Select(i => end.EastingsMetres[i] - start).ToArray();
        // Each drifted 0.5 m/s from its own departure: between one hour (left last) and three hours (left first).
        Assert.All(moved, m => Assert.InRange(m, (0.5 * 3600) - 1, (0.5 * 3 * 3600) + 1));
        Assert.Equal(0.5 * 2 * 3600, moved.Average(), tolerance: 60);
    }

    [Fact]
    public void LineSeed_SpreadsParticlesAlongTheTrackAtTheMatchingTimes()
    {
        var from = GeoPosition.FromDegrees(50.9, 1.3);
        var to = GeoPosition.FromDegrees(51.0, 1.5);
        var seed = DriftSeed.Line(from, Start, to, Start.AddHours(1), 0);
        var simulation = new DriftSimulation(seed, [new DriftScenario(LeewayCategories.RefugeeRaft, 1)], new DriftForcing(StillWater.Instance, StillWater.Instance),
            new DriftOptions { Particles = 400 }, land: null);

        var cloud = simulation.Snapshot();
        var a = ChannelProjection.Project(from);
        var b = ChannelProjection.Project(to);
        for (var i = 0; i < cloud.Count; i++)
        {
            // Every particle on the segment: its cross product with the segment is zero.
            var cross = ((b.EastingMetres - a.EastingMetres) * (cloud.NorthingsMetres[i] - a.NorthingMetres)) - ((b.NorthingMetres - a.NorthingMetres) * (cloud.EastingsMetres[i] - a.EastingMetres));
            Assert.Equal(0, cross / a.PlanarDistanceMetres(b), tolerance: 1e-6);
        }

        // Each leaves the track when the boat was at its place: after half the hour about half have.
        simulation.StepTo(Start.AddMinutes(30));
        Assert.InRange(simulation.Snapshot().States.ToArray().Count(s => s == ParticleState.Drifting), 160, 240);
    }

    [Fact]
    public void EllipseSeed_HasTheRightSpreadOnEachAxis()
    {
        var seed = DriftSeed.Ellipse(MidStrait, Start, 4_000, 1_000, 40);
        var simulation = new DriftSimulation(seed, [new DriftScenario(LeewayCategories.RefugeeRaft, 1)], new DriftForcing(StillWater.Instance, StillWater.Instance),
            new DriftOptions { Particles = 20_000 }, land: null);

        var datum = DatumEstimator.Estimate(simulation.Snapshot());

        // A uniform ellipse has σ = a/2 and b/2 along its axes.
        Assert.Equal(2_000, datum.SigmaMajorMetres, tolerance: 40);
        Assert.Equal(500, datum.SigmaMinorMetres, tolerance: 15);
        Assert.Equal(40, datum.MajorAxisBearingDegrees, tolerance: 1.5);
    }

    [Fact]
    public void WeightedScenarios_TakeTheirShareOfParticles()
    {
        var simulation = new DriftSimulation(DriftSeed.Circle(MidStrait, Start, 100), LeewayCategories.SmallBoatScenarios,
            new DriftForcing(StillWater.Instance, StillWater.Instance), new DriftOptions { Particles = 1_000 }, land: null);

        var scenarios = simulation.Snapshot().Scenarios.ToArray();

        Assert.Equal(600, scenarios.Count(s => s == 0));
        Assert.Equal(300, scenarios.Count(s => s == 1));
        Assert.Equal(100, scenarios.Count(s => s == 2));
    }

    [Fact]
    public void SameSeed_GivesTheSameParticles_AndAnotherSeedDoesNot()
    {
        var forcing = new DriftForcing(new ConstantWind(10, 200), new StraitTide(Start));
        var options = new DriftOptions { Particles = 20_000 };
        var a = Run(DriftSeed.Circle(MidStrait, Start, 1_000), forcing, TimeSpan.FromHours(3), options).Final;
        var b = Run(DriftSeed.Circle(MidStrait, Start, 1_000), forcing, TimeSpan.FromHours(3), options).Final;
        var c = Run(DriftSeed.Circle(MidStrait, Start, 1_000), forcing, TimeSpan.FromHours(3), options with { RandomSeed = 2 }).Final;

        Assert.True(a.EastingsMetres.SequenceEqual(b.EastingsMetres));
        Assert.False(a.EastingsMetres.SequenceEqual(c.EastingsMetres));
    }

    [Fact]
    public void Capsizing_InAStorm_CutsTheLeeway()
    {
        var forcing = new DriftForcing(new ConstantWind(40, 180), StillWater.Instance);
        var calm = Run(DriftSeed.Circle(MidStrait, Start, 0), forcing, TimeSpan.FromHours(3), new DriftOptions { Particles = 2_000 }, LeewayCategories.LifeRaftNoBallast);
        var capsizing = Run(DriftSeed.Circle(MidStrait, Start, 0), forcing, TimeSpan.FromHours(3), new DriftOptions { Particles = 2_000, Capsize = true }, LeewayCategories.LifeRaftNoBallast);
        var start = ChannelProjection.Project(MidStrait).NorthingMetres;

        var upright = calm.DatumTrack[^1].NorthingMetres - start;
        var capsized = capsizing.DatumTrack[^1].NorthingMetres - start;
        // At 40 m/s nearly every raft capsizes within the first step: leeway falls to 40%.
        Assert.InRange(capsized / upright, 0.4, 0.5);
    }

    [Fact]
    public void ForcingThatDoesNotCoverTheRun_IsAClearError()
    {
        var wind = new WindSeries([(Start, 8, 200), (Start.AddHours(2), 10, 220)]);
        var request = new DriftRequest(DriftSeed.Circle(MidStrait, Start, 0), LeewayCategories.SmallBoatScenarios, new DriftForcing(wind, StillWater.Instance), TimeSpan.FromHours(6));

        var error = Assert.Throws<ForcingCoverageException>(() => DriftRunner.Run(request, land: null, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("covers 2026-11-20T01:00:00Z to 2026-11-20T03:00:00Z", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-11-20T07:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MemoryDoesNotGrowWithSteps_UnlessHistoryIsAsked()
    {
        var forcing = new DriftForcing(new ConstantWind(10, 200), StillWater.Instance);
        var without = Run(DriftSeed.Circle(MidStrait, Start, 100), forcing, TimeSpan.FromHours(24), new DriftOptions { Particles = 100 });
        var with = Run(DriftSeed.Circle(MidStrait, Start, 100), forcing, TimeSpan.FromHours(24), new DriftOptions { Particles = 100, KeepHistory = true });

        Assert.Empty(without.History);
        Assert.Equal(25, with.History.Count);
        Assert.Equal(144 * 100, without.ParticleSteps);
    }

    private static DriftResult Run(DriftSeed seed, DriftForcing forcing, TimeSpan duration, DriftOptions options, LeewayCategory? category = null) =>
        DriftRunner.Run(new DriftRequest(seed, [new DriftScenario(category ?? LeewayCategories.RefugeeRaft, 1)], forcing, duration, options), land: null, cancellationToken: TestContext.Current.CancellationToken);
}
