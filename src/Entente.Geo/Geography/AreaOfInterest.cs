using NetTopologySuite.Geometries;

namespace Entente.Geo.Geography;

/// <summary>
/// The area Entente maps: from Selsey Bill to the Belgian coast, Dieppe to the Thames estuary.
/// Land and derived zones are clipped to it.
/// </summary>
public static class AreaOfInterest
{
    /// <summary>Western edge, degrees east.</summary>
    public const double WestLongitudeDegrees = -1.0;

    /// <summary>Eastern edge, degrees east.</summary>
    public const double EastLongitudeDegrees = 3.0;

    /// <summary>Southern edge, degrees north.</summary>
    public const double SouthLatitudeDegrees = 49.9;

    /// <summary>Northern edge, degrees north.</summary>
    public const double NorthLatitudeDegrees = 51.8;

    /// <summary>Longest edge kept straight in degrees before projecting (about 5.5 km of latitude).</summary>
    public const double MaxSegmentDegrees = 0.05;

    /// <summary>The box in degrees, densified so that it keeps its shape when projected.</summary>
    /// <param name="factory">The factory for degrees.</param>
    /// <returns>The polygon.</returns>
    public static Polygon CreateDegreesPolygon(GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var box = factory.ToGeometry(new Envelope(WestLongitudeDegrees, EastLongitudeDegrees, SouthLatitudeDegrees, NorthLatitudeDegrees));
        return (Polygon)NetTopologySuite.Densify.Densifier.Densify(box, MaxSegmentDegrees);
    }
}
