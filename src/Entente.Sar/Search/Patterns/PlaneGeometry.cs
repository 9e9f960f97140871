using Entente.Core.Projection;
using Entente.Core.Units;

namespace Entente.Sar.Search.Patterns;

/// <summary>Planar helpers on the Channel projection: bearings are grid bearings, clockwise from grid north.</summary>
internal static class PlaneGeometry
{
    /// <summary>The point a distance along a grid bearing from another.</summary>
    public static ProjectedPoint Offset(ProjectedPoint origin, double bearingDegrees, double distanceMetres)
    {
        var radians = UnitConversions.DegreesToRadians(bearingDegrees);
        return new ProjectedPoint(
            origin.EastingMetres + (distanceMetres * Math.Sin(radians)),
            origin.NorthingMetres + (distanceMetres * Math.Cos(radians)));
    }

    /// <summary>A point given in a frame whose first axis points along a grid bearing and whose second points 90° clockwise of it.</summary>
    public static ProjectedPoint FromFrame(ProjectedPoint origin, double axisBearingDegrees, double along, double across)
    {
        var radians = UnitConversions.DegreesToRadians(axisBearingDegrees);
        var (sin, cos) = Math.SinCos(radians);

        // Along: (sin, cos); across (90° clockwise): (cos, -sin).
        return new ProjectedPoint(
            origin.EastingMetres + (along * sin) + (across * cos),
            origin.NorthingMetres + (along * cos) - (across * sin));
    }

    /// <summary>Total length of a polyline.</summary>
    public static double PathLengthMetres(IReadOnlyList<ProjectedPoint> points)
    {
        var total = 0.0;
        for (var i = 1; i < points.Count; i++)
        {
            total += points[i - 1].PlanarDistanceMetres(points[i]);
        }

        return total;
    }

    /// <summary>Signed area of a ring (first point not repeated): positive when counter-clockwise.</summary>
    public static double SignedAreaSquareMetres(IReadOnlyList<ProjectedPoint> ring)
    {
        var twice = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var a = ring[i];
            var b = ring[(i + 1) % ring.Count];
            twice += (a.EastingMetres * b.NorthingMetres) - (b.EastingMetres * a.NorthingMetres);
        }

        return twice / 2.0;
    }

    /// <summary>Whether a point is inside a ring, by the crossing-number rule (points exactly on an edge may go either way).</summary>
    public static bool Contains(IReadOnlyList<ProjectedPoint> ring, double eastingMetres, double northingMetres)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var a = ring[i];
            var b = ring[j];
            if ((a.NorthingMetres > northingMetres) != (b.NorthingMetres > northingMetres))
            {
                var crossing = a.EastingMetres + ((northingMetres - a.NorthingMetres) / (b.NorthingMetres - a.NorthingMetres)
                    * (b.EastingMetres - a.EastingMetres));
                if (eastingMetres < crossing)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }

    /// <summary>The ring counter-clockwise, so that areas are positive and GeoJSON exteriors follow RFC 7946.</summary>
    public static ProjectedPoint[] CounterClockwise(IReadOnlyList<ProjectedPoint> ring)
    {
        var copy = ring.ToArray();
        if (SignedAreaSquareMetres(copy) < 0)
        {
            Array.Reverse(copy);
        }

        return copy;
    }

    /// <summary>
    /// Whether two convex rings overlap by more than a tolerance, by the separating-axis theorem: they are apart when their
    /// shadows on some edge normal overlap by no more than the tolerance (so rings that only share an edge do not overlap).
    /// </summary>
    public static bool ConvexOverlap(IReadOnlyList<ProjectedPoint> a, IReadOnlyList<ProjectedPoint> b, double toleranceMetres)
    {
        return !HasSeparatingAxis(a, b) && !HasSeparatingAxis(b, a);

        bool HasSeparatingAxis(IReadOnlyList<ProjectedPoint> edges, IReadOnlyList<ProjectedPoint> other)
        {
            for (var i = 0; i < edges.Count; i++)
            {
                var p = edges[i];
                var q = edges[(i + 1) % edges.Count];
                var (nx, ny) = (q.NorthingMetres - p.NorthingMetres, p.EastingMetres - q.EastingMetres);
                var norm = Math.Sqrt((nx * nx) + (ny * ny));
                if (norm == 0)
                {
                    continue;
                }

                var (minA, maxA) = Shadow(edges, nx / norm, ny / norm);
                var (minB, maxB) = Shadow(other, nx / norm, ny / norm);
                if (Math.Min(maxA, maxB) - Math.Max(minA, minB) <= toleranceMetres)
                {
                    return true;
                }
            }

            return false;
        }

        static (double Min, double Max) Shadow(IReadOnlyList<ProjectedPoint> ring, double nx, double ny)
        {
            var (min, max) = (double.PositiveInfinity, double.NegativeInfinity);
            foreach (var point in ring)
            {
                var d = (point.EastingMetres * nx) + (point.NorthingMetres * ny);
                (min, max) = (Math.Min(min, d), Math.Max(max, d));
            }

            return (min, max);
        }
    }
}
