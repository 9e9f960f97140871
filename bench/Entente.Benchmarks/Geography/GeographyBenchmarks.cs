using BenchmarkDotNet.Attributes;
using Entente.Core.Positions;
using Entente.Geo.Features;
using Entente.Geo.Geography;

namespace Entente.Benchmarks.Geography;

/// <summary>Zone queries as the rules will make them, once per track update.</summary>
[MemoryDiagnoser]
public class GeographyBenchmarks
{
    private readonly GeoPosition _midStrait = GeoPosition.FromDegrees(50.95, 1.55);
    private ChannelGeography _geography = null!;

    [GlobalSetup]
    public void Setup() => _geography = ChannelGeography.LoadDefault();

    [Benchmark]
    public int ZonesAt_MidStrait() => _geography.ZonesAt(_midStrait).Count;

    [Benchmark]
    public double NearestBeach_MidStrait() => _geography.Nearest(_midStrait, FeatureKind.LaunchBeach)!.DistanceMetres;

    [Benchmark]
    public double DistanceToCoast_MidStrait() => _geography.DistanceToCoastMetres(_midStrait);

    [Benchmark]
    public ChannelGeography Load() => ChannelGeography.LoadDefault();
}
