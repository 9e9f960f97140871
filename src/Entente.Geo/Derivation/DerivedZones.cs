using Entente.Core.Units;
using NetTopologySuite.Geometries;

namespace Entente.Geo.Derivation;

/// <summary>Geometry operations that derive zones from land and lines, in projected metres.</summary>
internal static class DerivedZones
{
    /// <summary>
    /// The sea within <paramref name="breadthNauticalMiles"/> of a state's land, on its side of the boundary,
    /// inside the area, excluding all land. An approximation: the legal baselines include straight baselines and
    /// low-water lines that a small-scale coastline does not show.
    /// </summary>
    public static Geometry TerritorialSea(Geometry stateLand, Geometry allLand, Polygon stateSide, double breadthNauticalMiles)
    {
        var reach = stateLand.Buffer(UnitConversions.NauticalMilesToMetres(breadthNauticalMiles), 8);
        return Polygonal(reach.Intersection(stateSide).Difference(allLand));
    }

    /// <summary>A zone authored with a generous landward side, clipped to the sea.</summary>
    public static Geometry ClipToSea(Geometry zone, Geometry allLand) => Polygonal(zone.Difference(allLand));

    // Below a hectare, a part is an artefact of overlaying two coastlines, not a zone.
    private const double SliverAreaSquareMetres = 10_000;

    // Overlay can return lines, points and slivers along shared edges: keep the real areas only.
    private static Geometry Polygonal(Geometry geometry)
    {
        var polygons = Enumerable.Range(0, geometry.NumGeometries)
            .Select(geometry.GetGeometryN)
            .OfType<Polygon>()
            .Where(p => p.Area >= SliverAreaSquareMetres)
            .ToArray();
        return polygons.Length == 1 ? polygons[0] : geometry.Factory.CreateMultiPolygon(polygons);
    }
}
