using Entente.Core.Sharing;
using Entente.Geo.Features;

namespace Entente.Rules.Situation;

/// <summary>Where a track is, as the rules need it: whose territorial sea and SAR region, which traffic lane, how far
/// from the coast, and the nearest launch beach.</summary>
/// <param name="TerritorialSea">The state whose territorial sea holds it; <see cref="Nations.None"/> outside both.</param>
/// <param name="SarRegion">The state whose SAR region holds it; <see cref="Nations.None"/> outside the area.</param>
/// <param name="Lane">The TSS traffic lane it is in, or null.</param>
/// <param name="OnLand">Whether the position is on land.</param>
/// <param name="DistanceToCoastMetres">Geodesic distance to the nearest coast; 0 on land.</param>
/// <param name="NearestBeach">The nearest launch beach, or null when there is none in the geography.</param>
/// <param name="NearestBeachMetres">Geodesic distance to <paramref name="NearestBeach"/>.</param>
public sealed record SituationPlace(Nations TerritorialSea, Nations SarRegion, GeoFeature? Lane, bool OnLand, double DistanceToCoastMetres,
    GeoFeature? NearestBeach, double NearestBeachMetres);
