using BenchmarkDotNet.Attributes;
using Entente.Core.Positions;
using Entente.Geo.Geography;
using Entente.Geo.Rasters;
using Entente.Sar.Drift;
using Entente.Sar.Forcing;
using Entente.Sar.Forcing.NetCdf;
using Entente.Sar.Leeway;
using Entente.Testing.NetCdf;

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

    /// <summary>The forcing: the built-in Strait model (constant wind plus the M2/S2 tidal stream), wind alone, or wind
    /// and current from a NetCDF file (hourly, 0.05° grid over the Strait) read through libnetcdf.</summary>
    [Params("wind+tide", "wind", "netcdf")]
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
        var forcing = Forcing switch
        {
            "wind" => new DriftForcing(new ConstantWind(10, 240), StillWater.Instance),
            "netcdf" => NetCdf(),
            _ => new DriftForcing(new ConstantWind(10, 240), new StraitTide(Start.AddHours(-3))),
        };
        _request = new DriftRequest(DriftSeed.Circle(GeoPosition.FromDegrees(50.95, 1.35), Start, 1_000), LeewayCategories.SmallBoatScenarios,
            forcing, TimeSpan.FromHours(Hours), new DriftOptions { Particles = Particles });
    }

    // A file like a shelf model's: hourly wind and current on a 0.05° grid over the Strait for 25 hours.
    private static DriftForcing NetCdf()
    {
        var directory = Directory.CreateTempSubdirectory("entente-bench-").FullName;
        var latitudes = Enumerable.Range(0, 41).Select(i => 50.3 + (0.05 * i)).ToArray();
        var longitudes = Enumerable.Range(0, 61).Select(i => 0.0 + (0.05 * i)).ToArray();
        var hours = Enumerable.Range(0, 26).Select(h => (double)h).ToArray();
        var start = (Start - GridFile.Start).TotalHours;
        var wind = new GridFile
        {
            Times = hours.Select(h => h + start).ToArray(), Latitudes = latitudes, Longitudes = longitudes,
            East = (t, lat, lon) => 8 + Math.Sin(t / 5.0), North = (t, lat, lon) => 4 + (lat - 51),
        }.Write(directory, "wind.nc");
        var current = new GridFile
        {
            Times = hours.Select(h => h + start).ToArray(), Latitudes = latitudes, Longitudes = longitudes,
            EastStandardName = "x_sea_water_velocity", NorthStandardName = "y_sea_water_velocity",
            East = (t, lat, lon) => 0.9 * Math.Cos(t / 12.42 * 2 * Math.PI), North = (t, lat, lon) => 1.0 * Math.Cos(t / 12.42 * 2 * Math.PI),
        }.Write(directory, "current.nc");
        return new DriftForcing(NetCdfForcing.Open(wind).Wind!, NetCdfForcing.Open(current).Current!);
    }

    /// <summary>One whole run; particle-steps per second = particles × hours × 6 / the mean (14.4 million for 24 h).</summary>
    [Benchmark]
    public long Drift() => DriftRunner.Run(_request, _land).ParticleSteps;
}
