using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Projection;

namespace Entente.LoadTest;

/// <summary>
/// Targets on a 1 km grid over the Strait, each on a straight course at 4 to 16 knots, seen by five scanning coastal
/// radars: each radar plots every target once a scan, when its beam passes the target's bearing, with realistic noise.
/// The scan period sets the rate (targets × radars / period). Seeded: every run sees the same sea.
/// </summary>
internal sealed class TargetField
{
    private static readonly (string Id, GeoPosition Site)[] Radars =
    [
        ("radar-dover", GeoPosition.FromDegrees(51.1325, 1.3445)),
        ("radar-gris-nez", GeoPosition.FromDegrees(50.8710, 1.5840)),
        ("radar-dunkirk", GeoPosition.FromDegrees(51.0500, 2.3500)),
        ("radar-dungeness", GeoPosition.FromDegrees(50.9130, 0.9780)),
        ("radar-boulogne", GeoPosition.FromDegrees(50.7300, 1.6000)),
    ];

    private readonly (double X, double Y, double Vx, double Vy)[] _targets;
    // Per radar, the targets in beam order with the fraction of the scan at which the beam passes each.
    private readonly (int Target, double Offset)[][] _beamOrder;
    private readonly Random _random = new(20261123);
    private readonly DateTimeOffset _epoch;
    private readonly double _scanSeconds;

    public TargetField(int count, int detectionsPerSecond, DateTimeOffset epoch)
    {
        _epoch = epoch;
        _scanSeconds = (double)count * Radars.Length / detectionsPerSecond;
        var columns = (int)Math.Ceiling(Math.Sqrt(count * 1.5));
        _targets = new (double, double, double, double)[count];
        for (var i = 0; i < count; i++)
        {
            // Centred on the narrows, 1 km apart.
            var x = ((i % columns) - columns / 2.0) * 1_000.0;
            var y = ((i / columns) - count / columns / 2.0) * 1_000.0 + 50_000.0;
            var speed = (4 + 12 * _random.NextDouble()) * 1852.0 / 3600.0;
            var heading = _random.NextDouble() * 2 * Math.PI;
            _targets[i] = (x, y, speed * Math.Sin(heading), speed * Math.Cos(heading));
        }

        _beamOrder = [.. Radars.Select((radar, r) => _targets
            .Select((t, i) => (Target: i, Offset: (Geodesic.InitialBearingDegrees(radar.Site, At(i, 0)) / 360.0 + r / (double)Radars.Length) % 1.0))
            .OrderBy(t => t.Offset).ToArray())];
    }

    /// <summary>Seconds per radar scan.</summary>
    public double ScanSeconds => _scanSeconds;

    /// <summary>The plots whose beam times fall in [from, to), in time order per radar.</summary>
    public List<DetectionRecord> Plots(DateTimeOffset from, DateTimeOffset to)
    {
        var plots = new List<DetectionRecord>();
        var (start, end) = ((from - _epoch).TotalSeconds / _scanSeconds, (to - _epoch).TotalSeconds / _scanSeconds);
        for (var r = 0; r < Radars.Length; r++)
        {
            for (var scan = Math.Floor(start); scan < end; scan++)
            {
                foreach (var (target, offset) in _beamOrder[r])
                {
                    var when = scan + offset;
                    if (when >= start && when < end)
                    {
                        plots.Add(Plot(r, target, _epoch.AddSeconds(when * _scanSeconds)));
                    }
                }
            }
        }

        plots.Sort((a, b) => a.Time.CompareTo(b.Time));
        return plots;
    }

    private DetectionRecord Plot(int radar, int target, DateTimeOffset time)
    {
        var (id, site) = Radars[radar];
        var line = Geodesic.Inverse(site, At(target, (time - _epoch).TotalSeconds));
        return DetectionRecord.Radar(time, id, site, Math.Max(0, line.DistanceMetres + Gaussian() * 20), line.InitialBearingDegrees + Gaussian() * 0.3, 20, 0.3);
    }

    private GeoPosition At(int target, double seconds)
    {
        var (x, y, vx, vy) = _targets[target];
        return ChannelProjection.Unproject(new ProjectedPoint(x + vx * seconds, y + vy * seconds));
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
