using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Polygonize;

namespace Entente.Geo.Derivation;

/// <summary>Splits the area of interest into two regions along a dividing line (all in projected metres).</summary>
internal static class SarRegionSplitter
{
    // The line is extended beyond its ends so that it surely crosses the area's edge; the overshoot is dropped.
    private const double OvershootMetres = 50_000;

    /// <summary>The two parts of the area, the one containing <paramref name="westSide"/> first.</summary>
    public static (Polygon West, Polygon East) Split(Polygon area, LineString line, Coordinate westSide)
    {
        var extended = Extend(line);
        var noded = area.ExteriorRing.Union(extended);
        var polygonizer = new Polygonizer();
        polygonizer.Add(noded);
        var parts = polygonizer.GetPolygons().Cast<Polygon>().Where(p => area.Covers(p.InteriorPoint)).ToList();
        if (parts.Count != 2)
        {
            throw new InvalidOperationException(
                $"The SAR boundary must cross the area of interest once from edge to edge; it divides it into {parts.Count} parts.");
        }

        var west = area.Factory.CreatePoint(westSide);
        return parts[0].Contains(west) ? (parts[0], parts[1]) : (parts[1], parts[0]);
    }

    private static LineString Extend(LineString line)
    {
        var c = line.Coordinates.ToList();
        c.Insert(0, Beyond(c[1], c[0]));
        c.Add(Beyond(c[^2], c[^1]));
        return line.Factory.CreateLineString(c.ToArray());
    }

    private static Coordinate Beyond(Coordinate from, Coordinate to)
    {
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        return new Coordinate(to.X + (dx / length * OvershootMetres), to.Y + (dy / length * OvershootMetres));
    }
}
