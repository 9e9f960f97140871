using System.Globalization;
using Entente.Core.Sharing;
using Entente.Core.Units;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;

namespace Entente.Rules.Rules;

/// <summary>
/// A small boat nearing the English coast (<see cref="AlertType.ApproachingCoast"/>), so that a landing can be met;
/// and its landing (<see cref="AlertType.Landing"/>): its track ends, or it stops, close to the English shore. Only a
/// boat that has come from further out counts: a track that starts at the English coast (a harbour's clutter, a boat
/// on its trailer) is not arriving.
/// </summary>
/// <param name="approachWithinMetres">Distance to the English coast that counts as approaching; 5,000 m by default.</param>
/// <param name="landedWithinMetres">Distance to the English coast within which a track that ends or stops has landed;
/// 3,000 m by default (radar often loses a boat in the last mile under the cliffs).</param>
public sealed class ApproachingCoastRule(double approachWithinMetres = 5_000, double landedWithinMetres = 3_000) : ISituationRule
{
    /// <inheritdoc />
    public string Name => "approaching-coast";

    /// <inheritdoc />
    public void Evaluate(SituationFrame frame, SituationContext context, ICollection<AlertCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var track in context.Tracks)
        {
            if (!track.IsSmallBoat || track.Place is not { SarRegion: Nations.UnitedKingdom } place ||
                track.MaxDistanceToCoastMetres <= approachWithinMetres)
            {
                continue;
            }

            if (place.DistanceToCoastMetres <= approachWithinMetres && track.Latest.SpeedKnots >= 1.5)
            {
                found.Add(new AlertCandidate(AlertType.ApproachingCoast, AlertSeverity.Warning, frame.Time,
                    string.Create(CultureInfo.InvariantCulture, $"approaching-coast/track-{track.Id}"), track.Latest.Position, track.Id, "sar-region-uk",
                    string.Create(CultureInfo.InvariantCulture,
                        $"Small boat {UnitConversions.MetresToNauticalMiles(place.DistanceToCoastMetres):0.0} nm from the English coast: {Describe.Track(track.Latest)}."))
                {
                    People = track.Latest.People,
                });
            }

            if (place.DistanceToCoastMetres <= landedWithinMetres / 3 && track.MeanVelocity(TimeSpan.FromMinutes(2)) is { } v &&
                Math.Sqrt((v.East * v.East) + (v.North * v.North)) < 0.5)
            {
                found.Add(Landing(frame, track, place));
            }
        }

        foreach (var track in context.Ended)
        {
            if (track.IsSmallBoat && track.Place is { SarRegion: Nations.UnitedKingdom } place && place.DistanceToCoastMetres <= landedWithinMetres &&
                track.MaxDistanceToCoastMetres > approachWithinMetres)
            {
                found.Add(Landing(frame, track, place));
            }
        }
    }

    private static AlertCandidate Landing(SituationFrame frame, TrackHistory track, SituationPlace place)
    {
        return new AlertCandidate(AlertType.Landing, AlertSeverity.Warning, frame.Time,
            string.Create(CultureInfo.InvariantCulture, $"landing/track-{track.Id}"), track.Latest.Position, track.Id, "sar-region-uk",
            string.Create(CultureInfo.InvariantCulture,
                $"Small boat landed or about to land, {UnitConversions.MetresToNauticalMiles(place.DistanceToCoastMetres):0.0} nm from the English coast: track {track.Id}{(track.Latest.People is { } p ? $", about {p} people" : "")}."))
        {
            People = track.Latest.People,
        };
    }
}
