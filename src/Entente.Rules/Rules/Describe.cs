using System.Globalization;
using Entente.Core.Sharing;
using Entente.Core.Units;
using Entente.Geo.Features;
using Entente.Tracking.Output;

namespace Entente.Rules.Rules;

/// <summary>The phrases alert messages share, so that every rule words things alike.</summary>
internal static class Describe
{
    public static string Track(TrackReport track)
    {
        var people = track.People is { } p ? string.Create(CultureInfo.InvariantCulture, $", about {p} people") : "";
        return string.Create(CultureInfo.InvariantCulture, $"track {track.Id} ({track.SpeedKnots:0.0} kn, {track.CourseDegrees:000}°{people})");
    }

    public static string FromBeach(GeoFeature beach, double distanceMetres) =>
        string.Create(CultureInfo.InvariantCulture, $"{beach.Name} ({UnitConversions.MetresToNauticalMiles(distanceMetres):0.0} nm off)");

    public static string Waters(Nations nation) => nation switch
    {
        Nations.UnitedKingdom => "UK",
        Nations.France => "French",
        _ => "international",
    };
}
