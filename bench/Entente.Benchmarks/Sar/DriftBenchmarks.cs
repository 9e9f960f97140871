using BenchmarkDotNet.Attributes;
using Entente.Core.Positions;
using Entente.Geo.Geography;
using Entente.Geo.Rasters;
using Entente.Sar.Drift;
using Entente.Sar.Forcing;
using Entente.Sar.Leeway;

namespace Entente.Benchmarks.Sar;

/// <summary>
/// The leeway Monte Carlo at the size the requirement names: 100,000 particles for 24 h at 10-minute steps
/// (14.4 million particle-steps), three weighted scenarios, from mid-Strait, with the land raster for stranding.
/// </summary>
[MemoryDiagnoser]
public class DriftBenchmarks
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
    private LandRaster _land = null!;
    private DriftRequest _request = null!;

    /// <summary>The forcing: the built-in Strait model (constant wind plus the M2/S2 tidal stream), or wind alone.</summary>
    [Params("wind+tide", "wind")]
    public string Forcing { get; set; } = "wind+tide";

    /// <summary>Particles.</summary>
    [Params(100_000)]
    public int Particles { get; set; } = 100_000;

    /// <summary>Hours drifted: memory must not grow with them (only time does).</summary>
    [Params(6, 24)]
    public int Hours { get; set; } = 24;

    [GlobalSetup]
    public void Setup()
    {
        _land = ChannelGeography.LoadDefault().LandRaster;
        var current = Forcing == "wind" ? (IVectorField)StillWater.Instance : new StraitTide(Start.AddHours(-3));
        _request = new DriftRequest(DriftSeed.Circle(GeoPosition.FromDegrees(50.95, 1.35), Start, 1_000), LeewayCategories.SmallBoatScenarios,
            new DriftForcing(new ConstantWind(10, 240), current), TimeSpan.FromHours(Hours), new DriftOptions { Particles = Particles });
    }

    /// <summary>One whole run; particle-steps per second = particles × hours × 6 / the mean (14.4 million for 24 h).</summary>
    [Benchmark]
    public long Drift() => DriftRunner.Run(_request, _land).ParticleSteps;
}
