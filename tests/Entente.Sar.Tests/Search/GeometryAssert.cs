using Entente.Core.Projection;

namespace Entente.Sar.Tests.Search;

/// <summary>Planar measurements made independently of the code under test.</summary>
internal static class GeometryAssert
{
    /// <summary>Grid bearing from one point to another, degrees 0 to 360.</summary>
    public static double Bearing(ProjectedPoint a, ProjectedPoint b)
    {
        var degrees = Math.Atan2(b.EastingMetres - a.EastingMetres, b.NorthingMetres - a.NorthingMetres) * 180 / Math.PI;
        return (degrees + 360) % 360;
    }

    /// <summary>The turn between consecutive legs a→b and b→c, degrees, positive clockwise (right), in (−180, 180].</summary>
    public static double Turn(ProjectedPoint a, ProjectedPoint b, ProjectedPoint c)
    {
        var turn = Bearing(b, c) - Bearing(a, b);
        while (turn <= -180)
        {
            turn += 360;
        }

        while (turn > 180)
        {
            turn -= 360;
        }

        return turn;
    }

    /// <summary>Leg lengths of a track.</summary>
    public static double[] LegLengths(IReadOnlyList<ProjectedPoint> track) =>
        Enumerable.Range(1, track.Count - 1).Select(i => track[i - 1].PlanarDistanceMetres(track[i])).ToArray();

    /// <summary>Distance from a point to the infinite line through a and b.</summary>
    public static double DistanceToLine(ProjectedPoint p, ProjectedPoint a, ProjectedPoint b)
    {
        var (dx, dy) = (b.EastingMetres - a.EastingMetres, b.NorthingMetres - a.NorthingMetres);
        var cross = (dx * (p.NorthingMetres - a.NorthingMetres)) - (dy * (p.EastingMetres - a.EastingMetres));
        return Math.Abs(cross) / Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>Distance from a point to the segment a–b.</summary>
    public static double DistanceToSegment(ProjectedPoint p, ProjectedPoint a, ProjectedPoint b)
    {
        var (dx, dy) = (b.EastingMetres - a.EastingMetres, b.NorthingMetres - a.NorthingMetres);
        var t = Math.Clamp((((p.EastingMetres - a.EastingMetres) * dx) + ((p.NorthingMetres - a.NorthingMetres) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        return p.PlanarDistanceMetres(new ProjectedPoint(a.EastingMetres + (t * dx), a.NorthingMetres + (t * dy)));
    }

    /// <summary>Whether a point is inside a convex ring (either orientation) or within a tolerance of its boundary.</summary>
    public static bool InsideConvex(IReadOnlyList<ProjectedPoint> ring, ProjectedPoint p, double toleranceMetres = 1e-6)
    {
        var sign = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var a = ring[i];
            var b = ring[(i + 1) % ring.Count];
            if (DistanceToSegment(p, a, b) <= toleranceMetres)
            {
                return true;
            }

            var cross = ((b.EastingMetres - a.EastingMetres) * (p.NorthingMetres - a.NorthingMetres))
                - ((b.NorthingMetres - a.NorthingMetres) * (p.EastingMetres - a.EastingMetres));
            var s = Math.Sign(cross);
            if (sign != 0 && s != sign)
            {
                return false;
            }

            sign = s;
        }

        return true;
    }

    /// <summary>Whether every point of a track (sampled along each leg) lies within a convex area.</summary>
    public static bool TrackInside(IReadOnlyList<ProjectedPoint> track, IReadOnlyList<ProjectedPoint> ring)
    {
        for (var i = 1; i < track.Count; i++)
        {
            for (var k = 0; k <= 20; k++)
            {
                var t = k / 20.0;
                var p = new ProjectedPoint(
                    track[i - 1].EastingMetres + (t * (track[i].EastingMetres - track[i - 1].EastingMetres)),
                    track[i - 1].NorthingMetres + (t * (track[i].NorthingMetres - track[i - 1].NorthingMetres)));
                if (!InsideConvex(ring, p, 1e-3))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Shoelace area of a ring, absolute.</summary>
    public static double Area(IReadOnlyList<ProjectedPoint> ring)
    {
        var twice = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var a = ring[i];
            var b = ring[(i + 1) % ring.Count];
            twice += (a.EastingMetres * b.NorthingMetres) - (b.EastingMetres * a.NorthingMetres);
        }

        return Math.Abs(twice) / 2;
    }
}
