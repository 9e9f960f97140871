using Entente.Geo.Features;
using Entente.Geo.Queries;

namespace Entente.Server.Apis;

/// <summary>A nearby place in a where-response.</summary>
/// <param name="Id">The feature id.</param>
/// <param name="Kind">The feature kind, kebab-case.</param>
/// <param name="Name">The name.</param>
/// <param name="DistanceMetres">Geodesic distance, metres.</param>
/// <param name="DistanceNauticalMiles">The same in nautical miles.</param>
/// <param name="BearingFromPlaceDegrees">True bearing from the place to the position.</param>
public sealed record PlaceResponse(string Id, string Kind, string Name, double DistanceMetres, double DistanceNauticalMiles,
    double BearingFromPlaceDegrees)
{
    /// <summary>Maps a place distance.</summary>
    /// <param name="p">The place distance, or null.</param>
    /// <returns>The response, or null.</returns>
    public static PlaceResponse? From(PlaceDistance? p) => p is null
        ? null
        : new(p.Place.Id, FeatureKinds.ToName(p.Place.Kind), p.Place.Name, Math.Round(p.DistanceMetres, 1),
            Math.Round(p.DistanceNauticalMiles, 2), Math.Round(p.BearingFromPlaceDegrees, 1));
}
