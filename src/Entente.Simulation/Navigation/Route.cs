using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;

namespace Entente.Simulation.Navigation;

/// <summary>A polyline in the Channel projection that a vessel follows, measured by distance along it.</summary>
internal sealed class Route
{
    private readonly ProjectedPoint[] _points;
    private readonly double[] _cumulativeMetres;

    public Route(IReadOnlyList<ProjectedPoint> points)
    {
        if (points.Count < 2)
        {
            throw new ArgumentException("A route needs at least two points.", nameof(points));
        }

        _points = [.. points];
        _cumulativeMetres = new double[_points.Length];
        for (var i = 1; i < _points.Length; i++)
        {
            _cumulativeMetres[i] = _cumulativeMetres[i - 1] + _points[i - 1].PlanarDistanceMetres(_points[i]);
        }
    }

    public static Route FromDegrees(params (double Lat, double Lon)[] waypoints) =>
        new([.. waypoints.Select(w => ChannelProjection.Project(GeoPosition.FromDegrees(w.Lat, w.Lon)))]);

    public double LengthMetres => _cumulativeMetres[^1];

    public ProjectedPoint Start => _points[0];

    public ProjectedPoint End => _points[^1];

    public Route Reversed() => new([.. _points.Reverse()]);

    /// <summary>The point at a distance along the route, moved sideways by an offset (positive to starboard).</summary>
    public ProjectedPoint PointAt(double distanceMetres, double offsetMetres = 0)
    {
        var i = Segment(distanceMetres);
        var a = _points[i];
        var b = _points[i + 1];
        var length = _cumulativeMetres[i + 1] - _cumulativeMetres[i];
        var f = length <= 0 ? 0 : Math.Clamp((distanceMetres - _cumulativeMetres[i]) / length, 0, 1);
        var ux = length <= 0 ? 0 : (b.EastingMetres - a.EastingMetres) / length;
        var uy = length <= 0 ? 0 : (b.NorthingMetres - a.NorthingMetres) / length;
        return new ProjectedPoint(a.EastingMetres + ((b.EastingMetres - a.EastingMetres) * f) + (uy * offsetMetres),
            a.NorthingMetres + ((b.NorthingMetres - a.NorthingMetres) * f) - (ux * offsetMetres));
    }

    /// <summary>The grid bearing of the leg at a distance along the route, degrees.</summary>
    public double GridBearingAt(double distanceMetres)
    {
        var i = Segment(distanceMetres);
        return Bearing(_points[i], _points[i + 1]);
    }

    /// <summary>Distance to the next turning point from a distance along the route.</summary>
    public double MetresToNextWaypoint(double distanceMetres) => _cumulativeMetres[Segment(distanceMetres) + 1] - distanceMetres;

    public static double Bearing(ProjectedPoint from, ProjectedPoint to) => UnitConversions.NormaliseBearingDegrees(
        UnitConversions.RadiansToDegrees(Math.Atan2(to.EastingMetres - from.EastingMetres, to.NorthingMetres - from.NorthingMetres)));

    private int Segment(double distanceMetres)
    {
        var index = Array.BinarySearch(_cumulativeMetres, distanceMetres);
        var segment = index >= 0 ? index : ~index - 1;
        return Math.Clamp(segment, 0, _points.Length - 2);
    }
}
