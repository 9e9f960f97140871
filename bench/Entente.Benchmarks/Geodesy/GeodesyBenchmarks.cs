using BenchmarkDotNet.Attributes;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Projection;

namespace Entente.Benchmarks.Geodesy;

/// <summary>The geodesic and projection calls every detection and query makes.</summary>
[MemoryDiagnoser]
public class GeodesyBenchmarks
{
    private readonly GeoPosition _dover = GeoPosition.FromDegrees(51.117, 1.312);
    private readonly GeoPosition _calais = GeoPosition.FromDegrees(50.962, 1.833);
    private ProjectedPoint _projected;

    [GlobalSetup]
    public void Setup() => _projected = ChannelProjection.Project(_calais);

    [Benchmark]
    public double GeodesicInverse_DoverCalais() => Geodesic.Inverse(_dover, _calais).DistanceMetres;

    [Benchmark]
    public GeoPosition GeodesicDirect_TenNauticalMiles() => Geodesic.Direct(_dover, 135, 18_520).Position;

    [Benchmark]
    public ProjectedPoint Project() => ChannelProjection.Project(_calais);

    [Benchmark]
    public GeoPosition Unproject() => ChannelProjection.Unproject(_projected);
}
