using System.Globalization;
using System.Runtime.CompilerServices;
using Entente.Core.Positions;
using Entente.Core.Projection;

namespace Entente.Sar.Forcing.NetCdf;

/// <summary>
/// A latitude/longitude grid (any spacing, both axes increasing) and the map that finds a Channel projection point's place
/// in it without unprojecting: a regular grid in projected metres holding the latitude and longitude of each node, with
/// their second differences, so that interpolating the map (bilinear plus the curvature term) places a point to about
/// 10⁻¹⁰° (under a millimetre); places that close to a node snap to it, so the field is exact at the file's own nodes.
/// </summary>
/// <remarks>Immutable and thread-safe. The map reaches <see cref="MarginMetres"/> beyond the grid (so that points just
/// outside find their true nearest edge) and at most <see cref="MaximumExtentMetres"/> from the projection's origin.</remarks>
internal sealed class NetCdfGrid
{
    /// <summary>How far from the projection's origin (1.5°E, 50.5°N) the map reaches, east-west and north-south.</summary>
    internal const double MaximumExtentMetres = 1_500_000;

    /// <summary>How far beyond the grid the map reaches.</summary>
    internal const double MarginMetres = 100_000;

    private const double MapCellMetres = 1_000;
    private const int MaximumMapNodes = 1_000_000;
    private const int EdgeSamples = 64;

    // Places within this fraction of a cell of a node (millimetres) snap to it, so that a node's value is its own and a
    // missing neighbour with a vanishing weight is not touched.
    private const double Snap = 1e-7;

    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly double[] _inverseLatitudeSteps;
    private readonly double[] _inverseLongitudeSteps;
    private readonly double _latitudeScale;
    private readonly double _longitudeScale;
    private readonly LatLonMap _map;

    /// <summary>Creates the grid and its map.</summary>
    /// <param name="latitudesDegrees">Strictly increasing latitudes, at least two.</param>
    /// <param name="longitudesDegrees">Strictly increasing longitudes within 180° of the central meridian, at least two.</param>
    /// <exception cref="FormatException">The grid lies wholly outside the region the map serves.</exception>
    public NetCdfGrid(double[] latitudesDegrees, double[] longitudesDegrees)
    {
        _latitudes = latitudesDegrees;
        _longitudes = longitudesDegrees;
        _latitudeScale = (latitudesDegrees.Length - 1) / (latitudesDegrees[^1] - latitudesDegrees[0]);
        _longitudeScale = (longitudesDegrees.Length - 1) / (longitudesDegrees[^1] - longitudesDegrees[0]);
        var (minX, minY, maxX, maxY) = ProjectedBounds();
        minX = Math.Max(minX - MarginMetres, -MaximumExtentMetres);
        minY = Math.Max(minY - MarginMetres, -MaximumExtentMetres);
        maxX = Math.Min(maxX + MarginMetres, MaximumExtentMetres);
        maxY = Math.Min(maxY + MarginMetres, MaximumExtentMetres);
        if (!(maxX > minX && maxY > minY))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"the grid ({BoxText()}) lies outside the region forcing serves, within {MaximumExtentMetres / 1000:0} km of 1.5°E 50.5°N."));
        }

        var cell = Math.Max(MapCellMetres, Math.Sqrt((maxX - minX) * (maxY - minY) / MaximumMapNodes));
        var nx = Math.Max(3, (int)Math.Ceiling((maxX - minX) / cell) + 1);
        var ny = Math.Max(3, (int)Math.Ceiling((maxY - minY) / cell) + 1);
        MapArea = new ProjectedArea(minX, minY, minX + ((nx - 1) * cell), minY + ((ny - 1) * cell));
        _map = new LatLonMap(minX, minY, cell, nx, ny, NormaliseLongitude);
        _inverseLatitudeSteps = InverseSteps(latitudesDegrees);
        _inverseLongitudeSteps = InverseSteps(longitudesDegrees);
    }

    /// <summary>How many latitudes.</summary>
    public int LatitudeCount => _latitudes.Length;

    /// <summary>How many longitudes.</summary>
    public int LongitudeCount => _longitudes.Length;

    /// <summary>The southern edge, degrees.</summary>
    public double MinLatitudeDegrees => _latitudes[0];

    /// <summary>The northern edge, degrees.</summary>
    public double MaxLatitudeDegrees => _latitudes[^1];

    /// <summary>The western edge, degrees (within 180° of the central meridian).</summary>
    public double MinLongitudeDegrees => _longitudes[0];

    /// <summary>The eastern edge, degrees.</summary>
    public double MaxLongitudeDegrees => _longitudes[^1];

    /// <summary>The part of the plane the map covers; beyond it points take the map's edge.</summary>
    public ProjectedArea MapArea { get; }

    /// <summary>A longitude moved to within 180° of the central meridian, so that the Channel's grids never wrap.</summary>
    /// <param name="longitudeDegrees">Any longitude.</param>
    /// <returns>The same meridian, from −178.5° to 181.5°.</returns>
    public static double NormaliseLongitude(double longitudeDegrees) =>
        ChannelProjection.CentralMeridianDegrees + Math.IEEERemainder(longitudeDegrees - ChannelProjection.CentralMeridianDegrees, 360);

    /// <summary>Whether a position lies inside the grid or on its edge.</summary>
    /// <param name="position">The position.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(GeoPosition position)
    {
        var longitude = NormaliseLongitude(position.LongitudeDegrees);
        return position.LatitudeDegrees >= MinLatitudeDegrees && position.LatitudeDegrees <= MaxLatitudeDegrees
            && longitude >= MinLongitudeDegrees && longitude <= MaxLongitudeDegrees;
    }

    /// <summary>
    /// Finds the grid cell holding a point and the point's place in it; points outside the grid take its nearest edge.
    /// </summary>
    /// <param name="eastingMetres">Easting.</param>
    /// <param name="northingMetres">Northing.</param>
    /// <param name="cell">The cell's south-west node, latitude index × longitude count + longitude index.</param>
    /// <param name="northFraction">0 on the cell's south edge, 1 on its north edge.</param>
    /// <param name="eastFraction">0 on the cell's west edge, 1 on its east edge.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Locate(double eastingMetres, double northingMetres, out int cell, out double northFraction, out double eastFraction)
    {
        _map.Position(eastingMetres, northingMetres, out var latitude, out var longitude);
        var i = Place(_latitudes, _inverseLatitudeSteps, _latitudeScale, latitude, out northFraction);
        var j = Place(_longitudes, _inverseLongitudeSteps, _longitudeScale, longitude, out eastFraction);
        cell = (i * _longitudes.Length) + j;
    }

    /// <summary>The grid's box as text, e.g. "50.000°N to 51.500°N, 0.500°W to 2.500°E".</summary>
    /// <returns>The text.</returns>
    public string BoxText() => Box(MinLatitudeDegrees, MaxLatitudeDegrees, MinLongitudeDegrees, MaxLongitudeDegrees);

    /// <summary>A latitude/longitude box as text.</summary>
    /// <param name="south">South edge.</param>
    /// <param name="north">North edge.</param>
    /// <param name="west">West edge.</param>
    /// <param name="east">East edge.</param>
    /// <returns>The text.</returns>
    public static string Box(double south, double north, double west, double east) =>
        $"{Latitude(south)} to {Latitude(north)}, {Longitude(west)} to {Longitude(east)}";

    private static string Latitude(double degrees) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(degrees):0.000}°{(degrees < 0 ? 'S' : 'N')}");

    private static string Longitude(double degrees)
    {
        var normal = Math.IEEERemainder(degrees, 360);
        return string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(normal):0.000}°{(normal < 0 ? 'W' : 'E')}");
    }

    // A coordinate's cell among increasing coordinates and its place in it, clamped to the ends: a guess from the mean
    // spacing, then a step or two to the right cell, so that any spacing is exact and an even one costs no search.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Place(double[] coordinates, double[] inverseSteps, double scale, double value, out double fraction)
    {
        var last = coordinates.Length - 1;
        if (!(value > coordinates[0]))
        {
            fraction = 0;
            return 0;
        }

        if (value >= coordinates[last])
        {
            fraction = 1;
            return last - 1;
        }

        var k = Math.Min((int)((value - coordinates[0]) * scale), last - 1);
        while (value < coordinates[k])
        {
            k--;
        }

        while (value >= coordinates[k + 1])
        {
            k++;
        }

        fraction = (value - coordinates[k]) * inverseSteps[k];
        fraction = fraction < Snap ? 0 : fraction > 1 - Snap ? 1 : fraction;
        return k;
    }

    private static double[] InverseSteps(double[] coordinates)
    {
        var steps = new double[coordinates.Length - 1];
        for (var k = 0; k < steps.Length; k++)
        {
            steps[k] = 1 / (coordinates[k + 1] - coordinates[k]);
        }

        return steps;
    }

    // The projected bounding box of the grid's edges (a box in latitude and longitude curves on the plane), limited to
    // where the projection is defined.
    private (double MinX, double MinY, double MaxX, double MaxY) ProjectedBounds()
    {
        var south = Math.Max(MinLatitudeDegrees, -89);
        var north = Math.Min(MaxLatitudeDegrees, 89);
        var limit = ChannelProjection.MaximumLongitudeOffsetDegrees - 1;
        var west = Math.Max(MinLongitudeDegrees, ChannelProjection.CentralMeridianDegrees - limit);
        var east = Math.Min(MaxLongitudeDegrees, ChannelProjection.CentralMeridianDegrees + limit);
        var (minX, minY, maxX, maxY) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        if (!(east > west && north > south))
        {
            return (minX, minY, maxX, maxY);
        }

        for (var k = 0; k <= EdgeSamples; k++)
        {
            var t = (double)k / EdgeSamples;
            var latitude = south + (t * (north - south));
            var longitude = west + (t * (east - west));
            foreach (var (lat, lon) in new[] { (latitude, west), (latitude, east), (south, longitude), (north, longitude) })
            {
                var point = ChannelProjection.Project(GeoPosition.FromDegrees(lat, AngleNormalised(lon)));
                minX = Math.Min(minX, point.EastingMetres);
                minY = Math.Min(minY, point.NorthingMetres);
                maxX = Math.Max(maxX, point.EastingMetres);
                maxY = Math.Max(maxY, point.NorthingMetres);
            }
        }

        return (minX, minY, maxX, maxY);
    }

    private static double AngleNormalised(double longitudeDegrees) => Math.IEEERemainder(longitudeDegrees, 360);
}
