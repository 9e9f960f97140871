using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Sensors;

public sealed class CoastalRadarTests
{
    private const string GrisNez = "radar-gris-nez";

    private static string Radars(params string[] radars) => "{ \"radars\": [" + string.Join(",", radars) + "] }";

    private static string Radar(string id, string extra = "") =>
        "{ \"id\": \"" + id + "\", \"site\": \"" + GrisNez + "\"" + (extra.Length > 0 ? ", " + extra : string.Empty) + " }";

    private static GeoPosition From(GeoPosition site, double bearingDegrees, double rangeMetres) =>
        Geodesic.Direct(site, bearingDegrees, rangeMetres).Position;

    private static CoastalRadar OnlyRadar(IReadOnlyList<ISensorModel> sensors) => Assert.IsType<CoastalRadar>(Assert.Single(sensors));

    [Fact]
    public void Residuals_HaveTheConfiguredSigmaAndNoBias()
    {
        var world = SensorTestWorld.Create(Radars(Radar("radar-test", "\"sigmaRangeMetres\": 20, \"sigmaBearingDegrees\": 0.3")));
        var radar = OnlyRadar(SensorTestWorld.Configured(world));
        var targets = new List<SimObject>();
        for (var i = 0; i < 24; i++)
        {
            // Bearings from 250° through north to 30°: across the wrap at 360°.
            var target = SensorTestWorld.Add(world, "t" + i, ObjectKind.Ship, From(radar.Site, 250 + (i * 6), 3_000 + (i * 500)), 5, i * 37);
            target.RcsSquareMetres = 1_000;
            targets.Add(target);
        }

        var start = targets.ToDictionary(t => t.Id, t => (t.XMetres, t.YMetres, t.VelocityEastMetresPerSecond, t.VelocityNorthMetresPerSecond));
        var plots = SensorRun.Steps(world, [radar], 600).Where(d => d.TruthId is not null).ToList();

        Assert.True(plots.Count >= 4_000, $"only {plots.Count} plots");
        var rangeResiduals = new List<double>();
        var bearingResiduals = new List<double>();
        foreach (var plot in plots)
        {
            var (x, y, vx, vy) = start[plot.TruthId!];
            var seconds = (plot.Time - SensorTestWorld.Start).TotalSeconds;
            var truth = Geodesic.Inverse(radar.Site, ChannelProjection.Unproject(new ProjectedPoint(x + (vx * seconds), y + (vy * seconds))));
            rangeResiduals.Add(plot.RangeMetres!.Value - truth.DistanceMetres);
            bearingResiduals.Add(SampleStatistics.SignedDegrees(plot.BearingDegrees!.Value - truth.InitialBearingDegrees));
            Assert.Equal(DetectionKind.Radar, plot.Kind);
            Assert.Equal("radar-test", plot.Sensor);
            Assert.Equal(20, plot.SigmaRangeMetres);
            Assert.Equal(0.3, plot.SigmaBearingDegrees);
        }

        var range = SampleStatistics.Of(rangeResiduals);
        var bearing = SampleStatistics.Of(bearingResiduals);
        Assert.InRange(range.Sigma, 18, 22);
        Assert.InRange(range.Mean, -2, 2);
        Assert.InRange(bearing.Sigma, 0.27, 0.33);
        Assert.InRange(bearing.Mean, -0.03, 0.03);
    }

    [Fact]
    public void PlotsCarryAFluctuatingCrossSection_AroundTheTargetsOwn()
    {
        var world = SensorTestWorld.Create(Radars(Radar("radar-test")));
        var radar = OnlyRadar(SensorTestWorld.Configured(world));
        (string Group, double Rcs)[] groups = [("boat", 1), ("fishing", 100)];
        foreach (var (group, rcs) in groups)
        {
            for (var i = 0; i < 12; i++)
            {
                SensorTestWorld.Add(world, group + i, ObjectKind.Fishing, From(radar.Site, 300 + (i * 5) + (group == "boat" ? 2.5 : 0), 4_000 + (i * 300)))
                    .RcsSquareMetres = rcs;
            }
        }

        var plots = SensorRun.Steps(world, [radar], 900);
        (double Mean, double Sigma, double MeanRatio) Decibels(string group, double rcs)
        {
            var ratios = plots.Where(p => p.TruthId!.StartsWith(group, StringComparison.Ordinal)).Select(p => p.RcsSquareMetres!.Value / rcs).ToList();
            Assert.True(ratios.Count >= 3_000, $"only {ratios.Count} {group} plots");
            var (mean, sigma) = SampleStatistics.Of(ratios.Select(r => 10 * Math.Log10(r)).ToList());
            return (mean, sigma, ratios.Average());
        }

        // A unit-mean exponential times a 1.5 dB log-normal: in decibels the mean is -10·γ/ln 10 = -2.51 dB and the sigma
        // √(5.57² + 1.5²) = 5.77 dB; the mean of the ratio itself is that of the log-normal, 1.06.
        foreach (var (group, rcs) in groups)
        {
            var (mean, sigma, meanRatio) = Decibels(group, rcs);
            Assert.InRange(mean, -2.9, -2.1);
            Assert.InRange(sigma, 5.4, 6.1);
            Assert.InRange(meanRatio, 0.98, 1.15);
        }

        // A boat's median plot is 20 dB below a fishing vessel's.
        double Median(string group)
        {
            var sorted = plots.Where(p => p.TruthId!.StartsWith(group, StringComparison.Ordinal)).Select(p => p.RcsSquareMetres!.Value).Order().ToList();
            return sorted[sorted.Count / 2];
        }

        Assert.InRange(10 * Math.Log10(Median("fishing") / Median("boat")), 18, 22);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void EachTargetIsIlluminatedOncePerScan_WhenTheBeamPassesIt(double stepSeconds)
    {
        // With 10 s steps the beam passes each target three or four times within a step.
        var world = SensorTestWorld.Create(Radars(Radar("radar-test", "\"scanPeriodSeconds\": 3")), stepSeconds: stepSeconds);
        var radar = OnlyRadar(SensorTestWorld.Configured(world));
        double[] bearings = [0, 0.01, 359.99, 90, 180, 270, 300];
        for (var i = 0; i < bearings.Length; i++)
        {
            var target = SensorTestWorld.Add(world, "t" + i, ObjectKind.Ferry, From(radar.Site, bearings[i], 8_000), 8, 90 * i);
            target.RcsSquareMetres = 10_000;
        }

        var plots = SensorRun.Steps(world, [radar], (int)(300 / stepSeconds));

        // 300 s at 3 s a scan: 100 passes of the beam, give or take the one in progress.
        foreach (var group in plots.GroupBy(p => p.TruthId))
        {
            Assert.InRange(group.Count(), 99, 101);
        }

        Assert.Equal(bearings.Length, plots.Select(p => p.TruthId).Distinct().Count());
        // A plot is made when the beam points at the target: its bearing is the beam's, within the measurement error.
        Assert.All(plots, p => Assert.InRange(SampleStatistics.SignedDegrees(p.BearingDegrees!.Value - radar.BeamBearingDegrees(p.Time)), -1.5, 1.5));
    }

    [Fact]
    public void DetectionProbability_FallsWithRangeAndRisesWithRcs()
    {
        var world = SensorTestWorld.Create(Radars(Radar("radar-test")));
        var radar = OnlyRadar(SensorTestWorld.Configured(world));
        (string Group, double RangeMetres, double Rcs)[] groups = [("near", 20_000, 1), ("far", 30_000, 1), ("small", 20_000, 0.3)];
        const int perGroup = 12;
        foreach (var (group, rangeMetres, rcs) in groups)
        {
            for (var i = 0; i < perGroup; i++)
            {
                SensorTestWorld.Add(world, group + i, ObjectKind.SmallBoat, From(radar.Site, 320 + (i * 7), rangeMetres)).RcsSquareMetres = rcs;
            }
        }

        const int scans = 250;
        var plots = SensorRun.Steps(world, [radar], scans * 3);
        double Ratio(string group) => plots.Count(p => p.TruthId!.StartsWith(group, StringComparison.Ordinal)) / (double)(perGroup * scans);

        // The reference target at the reference range, calm sea: the configured probability, exactly and as measured.
        Assert.Equal(0.8, radar.DetectionProbability(20_000, 1, 0), 9);
        Assert.InRange(Ratio("near"), 0.77, 0.83);
        var far = radar.DetectionProbability(30_000, 1, 0);
        var small = radar.DetectionProbability(20_000, 0.3, 0);
        Assert.InRange(far, 0.3, 0.4);
        Assert.InRange(Ratio("far"), far - 0.03, far + 0.03);
        Assert.InRange(Ratio("small"), small - 0.03, small + 0.03);
        Assert.True(Ratio("far") < Ratio("near") - 0.2);
        Assert.True(Ratio("small") < Ratio("near") - 0.2);
    }

    [Fact]
    public void SeaClutter_LowersDetectionNearTheRadar()
    {
        double Ratio(int seaState)
        {
            var world = SensorTestWorld.Create(Radars(Radar("radar-test", "\"clutterPlotsPerScan\": 0")), seaState);
            var radar = OnlyRadar(SensorTestWorld.Configured(world));
            for (var i = 0; i < 10; i++)
            {
                SensorTestWorld.Add(world, "t" + i, ObjectKind.SmallBoat, From(radar.Site, 330 + (i * 5), 3_000));
            }

            return SensorRun.Steps(world, [radar], 300).Count / 1_000.0;
        }

        var calm = Ratio(0);
        var rough = Ratio(5);
        Assert.True(calm > 0.98, $"calm {calm}");
        Assert.True(rough < calm - 0.2, $"rough {rough}, calm {calm}");
    }

    [Fact]
    public void TargetsBeyondTheHorizonOrRange_AndAircraft_AreNeverDetected()
    {
        var world = SensorTestWorld.Create(Radars(
            Radar("radar-low", "\"antennaHeightMetres\": 10, \"maxRangeMetres\": 60000"),
            Radar("radar-short", "\"antennaHeightMetres\": 100, \"maxRangeMetres\": 20000")));
        var sensors = SensorTestWorld.Configured(world);
        var site = ((CoastalRadar)sensors[0]).Site;
        // From a 10 m antenna a 1 m target dips below the horizon at 4124 · (√10 + 1) ≈ 17.2 km; a 30 m one at 35.6 km.
        Assert.Equal(17_165, ((CoastalRadar)sensors[0]).HorizonMetres(1), 0);
        void Add(string id, ObjectKind kind, double bearing, double range, double height = 1, ObjectState state = ObjectState.Underway)
        {
            var item = SensorTestWorld.Add(world, id, kind, From(site, bearing, range), state: state);
            item.RcsSquareMetres = 100_000;
            item.HeightMetres = height;
        }

        Add("low-far", ObjectKind.Fishing, 330, 25_000);
        Add("low-near", ObjectKind.Fishing, 335, 15_000);
        Add("tall-far", ObjectKind.Ship, 340, 25_000, height: 30);
        Add("aircraft", ObjectKind.Aircraft, 345, 5_000, height: 500);
        Add("ashore", ObjectKind.SmallBoat, 350, 5_000, state: ObjectState.Ashore);
        Add("landed", ObjectKind.SmallBoat, 355, 5_000, state: ObjectState.Landed);
        Add("removed", ObjectKind.SmallBoat, 0, 5_000);
        world.Commit();
        world.Find("removed")!.Removed = true;

        var plots = SensorRun.Steps(world, sensors, 300);
        string[] Seen(string sensor) => plots.Where(p => p.Sensor == sensor).Select(p => p.TruthId!).Distinct().Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["low-near", "tall-far"], Seen("radar-low"));
        Assert.Equal(["low-near"], Seen("radar-short"));
    }

    [Fact]
    public void ClutterPlots_GrowWithSeaState_AndNoneInACalmSea()
    {
        List<DetectionRecord> Clutter(int seaState)
        {
            var world = SensorTestWorld.Create(Radars(Radar("radar-test", "\"clutterPlotsPerScan\": 0.5, \"clutterRangeMetres\": 12000")), seaState);
            return SensorRun.Steps(world, SensorTestWorld.Configured(world), 600);
        }

        var calm = Clutter(0);
        var slight = Clutter(1);
        var moderate = Clutter(3);

        // 200 scans: 0.5 a scan at sea state 1 (100), doubling with each sea state above (400 at sea state 3).
        Assert.Empty(calm);
        Assert.InRange(slight.Count, 60, 140);
        Assert.InRange(moderate.Count, 320, 480);
        // Sea-clutter spikes have an exponential cross-section of mean 0.5 m².
        Assert.InRange(slight.Concat(moderate).Average(p => p.RcsSquareMetres!.Value), 0.44, 0.56);
        Assert.All(slight.Concat(moderate), p =>
        {
            Assert.Null(p.TruthId);
            Assert.True(p.RcsSquareMetres > 0);
            Assert.InRange(p.RangeMetres!.Value, 0, 12_000);
            Assert.False(SensorTestWorld.Channel.IsOnLand(Geodesic.Direct(p.SensorPosition!.Value, p.BearingDegrees!.Value, p.RangeMetres.Value).Position));
        });
    }
}
