using System.Globalization;
using Entente.Core.Positions;
using Entente.Geo.Features;

namespace Entente.Geo.Queries;

/// <summary>Where a position is: the zones holding it, the nearest places, and the distance to the coast.</summary>
/// <param name="Position">The position described.</param>
/// <param name="Zones">The area features containing it, most specific first (land, territorial sea, TSS, SAR region).</param>
/// <param name="NearestPlace">The nearest launch beach or landing place.</param>
/// <param name="NearestLifeboatStation">The nearest RNLI or SNSM station.</param>
/// <param name="DistanceToCoastMetres">Distance to the nearest coast, metres; 0 on land.</param>
public sealed record LocationDescription(
    GeoPosition Position,
    IReadOnlyList<GeoFeature> Zones,
    PlaceDistance? NearestPlace,
    PlaceDistance? NearestLifeboatStation,
    double DistanceToCoastMetres)
{
    /// <summary>Whether the position is on land.</summary>
    public bool OnLand => Zones.Any(z => z.Kind == FeatureKind.Land);

    /// <summary>
    /// One line for a watch officer, e.g. "French territorial sea; north-east-bound lane of the Dover TSS;
    /// French SAR region; 5.7 nm NW of Wissant beach".
    /// </summary>
    public string Text
    {
        get
        {
            var parts = Zones.Select(z => z.Kind == FeatureKind.Land ? "on land (" + z.Name + ")" : z.Name).ToList();
            if (NearestPlace is { } place)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{place.DistanceNauticalMiles:F1} nm {place.CompassPoint} of {place.Place.Name}"));
            }

            return parts.Count == 0 ? "outside the mapped area" : string.Join("; ", parts);
        }
    }
}
