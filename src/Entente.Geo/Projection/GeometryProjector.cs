using Entente.Core.Positions;
using Entente.Core.Projection;
using NetTopologySuite.Geometries;

namespace Entente.Geo.Projection;

/// <summary>
/// Moves NetTopologySuite geometries between WGS84 degrees (x = longitude, y = latitude) and the one fixed
/// Channel projection (metres), so that every planar operation (buffer, distance, containment) is done in metres.
/// </summary>
public static class GeometryProjector
{
    /// <summary>The factory for geometries in degrees (SRID 4326).</summary>
    public static GeometryFactory DegreesFactory { get; } = new(new PrecisionModel(), 4326);

    /// <summary>The factory for geometries in Channel projection metres (SRID 0: the projection has no EPSG code).</summary>
    public static GeometryFactory MetresFactory { get; } = new(new PrecisionModel(), 0);

    /// <summary>A copy of a degrees geometry in projected metres.</summary>
    /// <param name="degrees">The geometry in degrees.</param>
    /// <returns>The projected copy.</returns>
    public static Geometry ToMetres(Geometry degrees)
    {
        ArgumentNullException.ThrowIfNull(degrees);
        var copy = MetresFactory.CreateGeometry(degrees);
        copy.Apply(new ProjectingFilter(toMetres: true));
        return copy;
    }

    /// <summary>A copy of a projected geometry in degrees.</summary>
    /// <param name="metres">The geometry in projected metres.</param>
    /// <returns>The copy in degrees.</returns>
    public static Geometry ToDegrees(Geometry metres)
    {
        ArgumentNullException.ThrowIfNull(metres);
        var copy = DegreesFactory.CreateGeometry(metres);
        copy.Apply(new ProjectingFilter(toMetres: false));
        return copy;
    }

    /// <summary>A position as a projected coordinate.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The coordinate in metres.</returns>
    public static Coordinate ToMetres(GeoPosition position)
    {
        var p = ChannelProjection.Project(position);
        return new Coordinate(p.EastingMetres, p.NorthingMetres);
    }

    /// <summary>A projected coordinate as a position.</summary>
    /// <param name="metres">The coordinate in metres.</param>
    /// <returns>The position.</returns>
    public static GeoPosition ToPosition(Coordinate metres)
    {
        ArgumentNullException.ThrowIfNull(metres);
        return ChannelProjection.Unproject(new ProjectedPoint(metres.X, metres.Y));
    }

    private sealed class ProjectingFilter(bool toMetres) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            if (toMetres)
            {
                var p = ChannelProjection.Project(GeoPosition.FromDegrees(seq.GetY(i), seq.GetX(i)));
                seq.SetX(i, p.EastingMetres);
                seq.SetY(i, p.NorthingMetres);
            }
            else
            {
                var g = ChannelProjection.Unproject(new ProjectedPoint(seq.GetX(i), seq.GetY(i)));
                seq.SetX(i, g.LongitudeDegrees);
                seq.SetY(i, g.LatitudeDegrees);
            }
        }
    }
}
