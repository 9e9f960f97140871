using System.Runtime.CompilerServices;
using Entente.Core.Projection;

namespace Entente.Sar.Forcing.NetCdf;

/// <summary>
/// Latitude and longitude over a regular grid of nodes on the Channel plane, so that a point's position is found by
/// interpolation instead of the projection's series: bilinear, with the quadratic correction −½ f″ t(1 − t) along each
/// axis from the second differences, which brings the error from about 10⁻⁷° to about 10⁻¹⁰° on 1 km cells.
/// </summary>
/// <remarks>Immutable and thread-safe. Each node's numbers fill 32 bytes together (the second differences, which only
/// correct, as single precision), so that a lookup touches few cache lines.</remarks>
internal sealed class LatLonMap
{
    private readonly Node[] _nodes;
    private readonly double _x0;
    private readonly double _y0;
    private readonly double _inverseCell;
    private readonly int _nx;
    private readonly int _ny;

    /// <summary>Computes the map over an area.</summary>
    /// <param name="x0">The westernmost nodes' easting.</param>
    /// <param name="y0">The southernmost nodes' northing.</param>
    /// <param name="cellMetres">The spacing of the nodes.</param>
    /// <param name="nx">Nodes east-west, at least 3.</param>
    /// <param name="ny">Nodes north-south, at least 3.</param>
    /// <param name="normaliseLongitude">Brings a longitude into the grid's convention.</param>
    public LatLonMap(double x0, double y0, double cellMetres, int nx, int ny, Func<double, double> normaliseLongitude)
    {
        (_x0, _y0, _inverseCell, _nx, _ny) = (x0, y0, 1 / cellMetres, nx, ny);
        _nodes = new Node[nx * ny];
        var latitudes = new double[nx * ny];
        var longitudes = new double[nx * ny];
        for (var iy = 0; iy < ny; iy++)
        {
            for (var ix = 0; ix < nx; ix++)
            {
                var position = ChannelProjection.Unproject(new ProjectedPoint(x0 + (ix * cellMetres), y0 + (iy * cellMetres)));
                latitudes[(iy * nx) + ix] = position.LatitudeDegrees;
                longitudes[(iy * nx) + ix] = normaliseLongitude(position.LongitudeDegrees);
            }
        }

        for (var iy = 0; iy < ny; iy++)
        {
            for (var ix = 0; ix < nx; ix++)
            {
                // Second differences centred on the node, or on its inner neighbour at the edges.
                var at = (iy * nx) + ix;
                var cx = (iy * nx) + Math.Clamp(ix, 1, nx - 2);
                var cy = (Math.Clamp(iy, 1, ny - 2) * nx) + ix;
                _nodes[at] = new Node(latitudes[at], longitudes[at],
                    (float)(latitudes[cx - 1] - (2 * latitudes[cx]) + latitudes[cx + 1]),
                    (float)(latitudes[cy - nx] - (2 * latitudes[cy]) + latitudes[cy + nx]),
                    (float)(longitudes[cx - 1] - (2 * longitudes[cx]) + longitudes[cx + 1]),
                    (float)(longitudes[cy - nx] - (2 * longitudes[cy]) + longitudes[cy + nx]));
            }
        }
    }

    /// <summary>The position of a point; points beyond the map take the position at its edge.</summary>
    /// <param name="eastingMetres">Easting.</param>
    /// <param name="northingMetres">Northing.</param>
    /// <param name="latitudeDegrees">The latitude.</param>
    /// <param name="longitudeDegrees">The longitude.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Position(double eastingMetres, double northingMetres, out double latitudeDegrees, out double longitudeDegrees)
    {
        var gx = (eastingMetres - _x0) * _inverseCell;
        var gy = (northingMetres - _y0) * _inverseCell;

        // NaN goes to the first node rather than to an invalid index.
        gx = gx >= 0 ? Math.Min(gx, _nx - 1) : 0;
        gy = gy >= 0 ? Math.Min(gy, _ny - 1) : 0;
        var ix = Math.Min((int)gx, _nx - 2);
        var iy = Math.Min((int)gy, _ny - 2);
        var fx = gx - ix;
        var fy = gy - iy;
        var sw = (iy * _nx) + ix;
        ref readonly var a = ref _nodes[sw];
        ref readonly var b = ref _nodes[sw + 1];
        ref readonly var c = ref _nodes[sw + _nx];
        ref readonly var d = ref _nodes[sw + _nx + 1];
        var bendX = 0.5 * fx * (1 - fx);
        var bendY = 0.5 * fy * (1 - fy);
        var south = a.Latitude + (fx * (b.Latitude - a.Latitude));
        var north = c.Latitude + (fx * (d.Latitude - c.Latitude));
        latitudeDegrees = south + (fy * (north - south)) - (bendX * a.LatitudeAlongX) - (bendY * a.LatitudeAlongY);
        south = a.Longitude + (fx * (b.Longitude - a.Longitude));
        north = c.Longitude + (fx * (d.Longitude - c.Longitude));
        longitudeDegrees = south + (fy * (north - south)) - (bendX * a.LongitudeAlongX) - (bendY * a.LongitudeAlongY);
    }

    private readonly record struct Node(double Latitude, double Longitude, float LatitudeAlongX, float LatitudeAlongY,
        float LongitudeAlongX, float LongitudeAlongY);
}
