using System.Security.Cryptography;
using Entente.Ais.Messages;
using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Simulation.Tests.Ais;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Scenarios;

/// <summary>The simulator's acceptance over the built-in busy night, cut short: determinism, AIS against truth (with
/// Entente's decoder and with gpsdecode), and radar errors with the configured sigmas.</summary>
public sealed class ScenarioAcceptanceTests
{
    // Twenty minutes of the busy night with truth every second, so that every transmission and plot has its truth.
    private static readonly Lazy<(MemorySink Sink, Scenario Scenario)> BusyNight = new(() =>
    {
        var scenario = ScenarioRuns.Variant("busy-night", j =>
        {
            j["durationHours"] = 20.0 / 60;
            j["truthIntervalSeconds"] = 1;
        });
        return (ScenarioRuns.Run(scenario).Sink, scenario);
    });

    [Fact]
    public void TheSameScenarioAndSeed_GiveByteIdenticalFiles_AndAnotherSeedDoesNot()
    {
        var scenario = BuiltInScenarios.Get("busy-night").WithDuration(TimeSpan.FromMinutes(10));
        var first = RunToFiles(scenario);
        var second = RunToFiles(scenario);
        var other = RunToFiles(scenario.WithSeed(scenario.Seed + 1));
        try
        {
            foreach (var file in new[] { DirectorySink.TruthFileName, DirectorySink.DetectionsFileName, DirectorySink.AisFileName })
            {
                var a = File.ReadAllBytes(Path.Combine(first, file));
                Assert.True(a.Length > 1000, file + " is nearly empty");
                Assert.Equal(SHA256.HashData(a), SHA256.HashData(File.ReadAllBytes(Path.Combine(second, file))));
                Assert.NotEqual(SHA256.HashData(a), SHA256.HashData(File.ReadAllBytes(Path.Combine(other, file))));
            }
        }
        finally
        {
            foreach (var dir in new[] { first, second, other })
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void EveryAisLine_DecodesWithEntente_ToTheTruthOfItsShip()
    {
        var (sink, _) = BusyNight.Value;
        var truth = TruthIndex(sink);
        var heard = AisLineDecoding.Decode([.. sink.AisLines.Select(a => a.Line)]);
        Assert.True(heard.Count > 5_000, $"only {heard.Count} messages");
        var positions = 0;
        foreach (var h in heard)
        {
            switch (h.Message)
            {
                case PositionReportClassA a:
                    AssertMatches(truth[(h.UnixSeconds, a.Mmsi)], a.LatitudeDegrees, a.LongitudeDegrees, a.SpeedOverGroundKnots, a.CourseOverGroundDegrees);
                    positions++;
                    break;
                case PositionReportClassB b:
                    AssertMatches(truth[(h.UnixSeconds, b.Mmsi)], b.LatitudeDegrees, b.LongitudeDegrees, b.SpeedOverGroundKnots, b.CourseOverGroundDegrees);
                    positions++;
                    break;
                case StaticAndVoyageData s:
                    Assert.Equal(AisName(truth[(h.UnixSeconds, s.Mmsi)]), s.ShipName);
                    break;
                case StaticDataReportPartA p:
                    Assert.Equal(AisName(truth[(h.UnixSeconds, p.Mmsi)]), p.Name);
                    break;
                default:
                    break;
            }
        }

        Assert.True(positions > 4_000, $"only {positions} position reports");

        // Every ship that carries AIS and is at sea within reach of the receivers is heard.
        var heardMmsi = heard.Select(h => h.Mmsi).ToHashSet();
        var near = sink.Truth.Where(t => t.Mmsi is not null && t.State == ObjectState.Underway &&
            Geodesic.DistanceMetres(t.Position, GeoPosition.FromDegrees(51.1325, 1.3445)) < 50_000).Select(t => t.Mmsi!.Value).ToHashSet();
        Assert.True(near.Count > 30);
        Assert.Subset(heardMmsi, near);
    }

    [Fact]
    public void EveryAisLine_DecodesWithGpsdecode_ToTheTruthOfItsShip()
    {
        AisGpsdecode.RequireInstalled();
        var (sink, _) = BusyNight.Value;
        var truth = TruthIndex(sink);
        var lines = sink.AisLines.Select(a => a.Line).ToList();
        var decoded = AisGpsdecode.Decode(lines);
        var entente = AisLineDecoding.Decode(lines);
        Assert.Equal(entente.Count, decoded.Count);
        var checkedPositions = 0;
        for (var i = 0; i < decoded.Count; i++)
        {
            var json = decoded[i];
            var type = json.GetProperty("type").GetInt32();
            var mmsi = json.GetProperty("mmsi").GetInt32();
            Assert.Equal(entente[i].Mmsi, mmsi);
            if (type is 1 or 2 or 3 or 18)
            {
                var t = truth[(entente[i].UnixSeconds, mmsi)];
                var speed = json.GetProperty("speed").GetInt32();
                var course = json.GetProperty("course").GetInt32();
                AssertMatches(t, json.GetProperty("lat").GetInt32() / 600_000.0, json.GetProperty("lon").GetInt32() / 600_000.0,
                    speed == 1023 ? null : speed / 10.0, course == 3600 ? null : course / 10.0);
                checkedPositions++;
            }
            else if (type == 5)
            {
                Assert.Equal(AisName(truth[(entente[i].UnixSeconds, mmsi)]), json.GetProperty("shipname").GetString());
            }
        }

        Assert.True(checkedPositions > 4_000);
    }

    [Fact]
    public void RadarErrors_OverTheScenario_HaveTheConfiguredSigmas_WithinTenPercent()
    {
        var (sink, scenario) = BusyNight.Value;
        var tracks = sink.Truth.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Time).ToList());
        foreach (var radar in scenario.Document.Sensors.Radars)
        {
            var rangeResiduals = new List<double>();
            var bearingResiduals = new List<double>();
            foreach (var d in sink.Detections.Where(d => d.Kind == DetectionKind.Radar && d.Sensor == radar.Id && d.TruthId is not null))
            {
                var truth = Interpolate(tracks[d.TruthId!], d.Time);
                var inverse = Geodesic.Inverse(d.SensorPosition!.Value, truth);
                rangeResiduals.Add(d.RangeMetres!.Value - inverse.DistanceMetres);
                bearingResiduals.Add(((d.BearingDegrees!.Value - inverse.InitialBearingDegrees + 540) % 360) - 180);
            }

            Assert.True(rangeResiduals.Count > 2_000, $"{radar.Id}: only {rangeResiduals.Count} plots");
            AssertSigma(rangeResiduals, radar.SigmaRangeMetres, radar.Id + " range");
            AssertSigma(bearingResiduals, radar.SigmaBearingDegrees, radar.Id + " bearing");
        }
    }

    [Fact]
    public void EveryDetectionIsInTimeOrder_AndTheOutputsCoverEveryKind()
    {
        var (sink, _) = BusyNight.Value;
        Assert.True(sink.Detections.Zip(sink.Detections.Skip(1)).All(p => p.First.Time <= p.Second.Time));
        Assert.True(sink.AisLines.Zip(sink.AisLines.Skip(1)).All(p => p.First.Time <= p.Second.Time));
        Assert.Contains(sink.Detections, d => d.Kind == DetectionKind.Radar && d.TruthId is null);
        Assert.Contains(sink.Truth, t => t.Kind == ObjectKind.Ferry);
        Assert.Contains(sink.Truth, t => t.Kind == ObjectKind.Fishing);
        Assert.Contains(sink.Truth, t => t.Kind == ObjectKind.Patrol);
        Assert.Contains(sink.Truth, t => t.Kind == ObjectKind.Aircraft);
    }

    private static void AssertSigma(List<double> residuals, double sigma, string what)
    {
        var mean = residuals.Average();
        var sd = Math.Sqrt(residuals.Sum(r => (r - mean) * (r - mean)) / (residuals.Count - 1));
        Assert.True(Math.Abs(sd - sigma) <= 0.1 * sigma, $"{what}: sd {sd} against sigma {sigma}");
        Assert.True(Math.Abs(mean) <= 0.1 * sigma, $"{what}: mean {mean}");
    }

    private static GeoPosition Interpolate(List<TruthRecord> track, DateTimeOffset time)
    {
        var i = track.FindLastIndex(t => t.Time <= time);
        var a = track[i];
        var b = i + 1 < track.Count ? track[i + 1] : a;
        var f = b.Time == a.Time ? 0 : (time - a.Time).TotalSeconds / (b.Time - a.Time).TotalSeconds;
        return GeoPosition.FromDegrees(a.Position.LatitudeDegrees + ((b.Position.LatitudeDegrees - a.Position.LatitudeDegrees) * f),
            a.Position.LongitudeDegrees + ((b.Position.LongitudeDegrees - a.Position.LongitudeDegrees) * f));
    }

    // AIS carries a name in at most 20 six-bit characters.
    private static string AisName(TruthRecord truth) => truth.Name!.ToUpperInvariant() is var n && n.Length > 20 ? n[..20].TrimEnd() : n;

    private static Dictionary<(long UnixSeconds, int Mmsi), TruthRecord> TruthIndex(MemorySink sink) =>
        sink.Truth.Where(t => t.Mmsi is not null).ToDictionary(t => (t.Time.ToUnixTimeSeconds(), t.Mmsi!.Value));

    private static void AssertMatches(TruthRecord truth, double? lat, double? lon, double? speedKnots, double? courseDegrees)
    {
        // AIS carries positions in 1/10,000 minute, speed in 0.1 kn and course in 0.1°.
        const double halfStepDegrees = 0.5 / 600_000 + 1e-9;
        Assert.InRange(Math.Abs(lat!.Value - truth.Position.LatitudeDegrees), 0, halfStepDegrees);
        Assert.InRange(Math.Abs(lon!.Value - truth.Position.LongitudeDegrees), 0, halfStepDegrees);
        Assert.True(Math.Abs(speedKnots!.Value - truth.SpeedKnots) <= 0.05 + 1e-9, $"{truth.Id} {truth.Kind} {truth.State} at {truth.Time:O}: speed {speedKnots} against {truth.SpeedKnots}");
        if (courseDegrees is { } course)
        {
            Assert.InRange(Math.Abs(((course - truth.CourseDegrees + 540) % 360) - 180), 0, 0.05 + 1e-9);
        }
        else
        {
            Assert.True(truth.SpeedKnots < 0.05, "course missing while moving");
        }
    }

    private static string RunToFiles(Scenario scenario)
    {
        var dir = Path.Combine(Path.GetTempPath(), "entente-sim-" + Guid.NewGuid().ToString("N"));
        using (var sink = new DirectorySink(dir))
        {
            new Entente.Simulation.Engine.Simulator(scenario, ScenarioRuns.Geography, sink).Run();
        }

        return dir;
    }
}
