using Entente.Core.Units;
using Entente.Geo.Features;

namespace Entente.Geo.Queries;

/// <summary>How far and in which direction a position lies from a place.</summary>
/// <param name="Place">The place (a point feature).</param>
/// <param name="DistanceMetres">Geodesic distance on the WGS84 ellipsoid, metres.</param>
/// <param name="BearingFromPlaceDegrees">Initial true bearing from the place to the position, degrees [0, 360).</param>
public sealed record PlaceDistance(GeoFeature Place, double DistanceMetres, double BearingFromPlaceDegrees)
{
    /// <summary>The distance in nautical miles.</summary>
    public double DistanceNauticalMiles => UnitConversions.MetresToNauticalMiles(DistanceMetres);

    /// <summary>The bearing as a 16-point compass direction, e.g. "WNW".</summary>
    public string CompassPoint => UnitConversions.CompassPoint16(BearingFromPlaceDegrees);
}
