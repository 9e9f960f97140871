using Entente.Core.Geodesy;
using Entente.Core.Units;
using Entente.Incidents.Incidents;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Incidents.Coordination;

/// <summary>
/// Who could answer a MAYDAY RELAY: the vessels on the picture that carry AIS (an MMSI), within a radius of the datum,
/// nearest first, each with its ETA at its present speed — or at 10 kn when it is slower, since a vessel that answers
/// gets under way.
/// </summary>
public static class MaydayRelay
{
    /// <summary>The speed assumed for a vessel slower than this, knots.</summary>
    public const double MinimumTransitKnots = 10;

    /// <summary>The default radius, nautical miles: about an hour's steaming for a merchant ship.</summary>
    public const double DefaultRadiusNauticalMiles = 10;

    /// <summary>The candidates for a datum.</summary>
    /// <param name="tracks">The tracks on the picture now.</param>
    /// <param name="datum">The incident's datum.</param>
    /// <param name="radiusNauticalMiles">The radius; 10 nm by default.</param>
    /// <returns>Vessels with an MMSI within the radius, nearest first.</returns>
    public static IReadOnlyList<RelayCandidate> Candidates(IEnumerable<TrackReport> tracks, Datum datum, double radiusNauticalMiles = DefaultRadiusNauticalMiles)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(datum);
        if (!double.IsFinite(radiusNauticalMiles) || radiusNauticalMiles <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusNauticalMiles), radiusNauticalMiles, "The radius must be a positive number of nautical miles.");
        }

        var radius = UnitConversions.NauticalMilesToMetres(radiusNauticalMiles);
        var candidates = new List<RelayCandidate>();
        foreach (var track in tracks)
        {
            if (track.Mmsi is not { } mmsi || track.Status == TrackStatus.Tentative)
            {
                continue;
            }

            var distance = Geodesic.DistanceMetres(track.Position, datum.Position);
            if (distance > radius)
            {
                continue;
            }

            var speed = UnitConversions.KnotsToMetresPerSecond(Math.Max(track.SpeedKnots, MinimumTransitKnots));
            candidates.Add(new RelayCandidate(mmsi, track.Name, Math.Round(distance, 1), Math.Round(distance / speed / 60, 1)));
        }

        candidates.Sort((a, b) => a.DistanceMetres.CompareTo(b.DistanceMetres));
        return candidates;
    }
}
