using Entente.Geo.Features;
using Entente.Geo.Queries;

namespace Entente.Server.Apis;

/// <summary>The body of GET /api/geography/where.</summary>
/// <param name="Lat">Latitude, degrees.</param>
/// <param name="Lon">Longitude, degrees.</param>
/// <param name="Text">One line for a watch officer.</param>
/// <param name="OnLand">Whether the position is on land.</param>
/// <param name="Zones">The zones holding it, most specific first.</param>
/// <param name="NearestPlace">The nearest launch beach or landing.</param>
/// <param name="NearestLifeboatStation">The nearest lifeboat station.</param>
/// <param name="DistanceToCoastMetres">Distance to the coast, metres; 0 on land.</param>
public sealed record WhereResponse(double Lat, double Lon, string Text, bool OnLand, IReadOnlyList<ZoneResponse> Zones,
    PlaceResponse? NearestPlace, PlaceResponse? NearestLifeboatStation, double DistanceToCoastMetres)
{
    /// <summary>Maps a description.</summary>
    /// <param name="d">The description.</param>
    /// <returns>The response.</returns>
    public static WhereResponse From(LocationDescription d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Position.LatitudeDegrees, d.Position.LongitudeDegrees, d.Text, d.OnLand,
            d.Zones.Select(z => new ZoneResponse(z.Id, FeatureKinds.ToName(z.Kind), z.Name)).ToList(),
            PlaceResponse.From(d.NearestPlace), PlaceResponse.From(d.NearestLifeboatStation), Math.Round(d.DistanceToCoastMetres, 1));
    }
}
