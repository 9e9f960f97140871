using Entente.Core.Sharing;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;

namespace Entente.Rules.Rules;

/// <summary>
/// A small boat crossing from one state's waters into the other's: across the 1988 territorial sea boundary
/// (<see cref="AlertType.BoundaryCrossing"/>) or across the line between the SAR regions
/// (<see cref="AlertType.SarRegionCrossing"/>, which moves the case to the other centre). Gaps between the two
/// territorial seas (high seas) do not count as a crossing: the last waters a track was in are remembered. A crossing
/// counts once the track has been on the new side for three frames in a row, so that a track's noise astride the line
/// does not raise alerts both ways.
/// </summary>
public sealed class BoundaryCrossingRule : ISituationRule
{
    private const int ConfirmFrames = 3;
    private readonly Dictionary<long, (Side Territorial, Side Sar)> _sides = [];

    /// <inheritdoc />
    public string Name => "boundary-crossing";

    /// <inheritdoc />
    public void Evaluate(SituationFrame frame, SituationContext context, ICollection<AlertCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var ended in context.Ended)
        {
            _sides.Remove(ended.Id);
        }

        foreach (var track in context.Tracks)
        {
            if (!track.IsSmallBoat || track.Place is not { } place)
            {
                continue;
            }

            if (!_sides.TryGetValue(track.Id, out var sides))
            {
                sides = (new Side(), new Side());
                _sides.Add(track.Id, sides);
            }

            if (sides.Territorial.Observe(place.TerritorialSea) is { } territorialFrom)
            {
                found.Add(Crossing(AlertType.BoundaryCrossing, frame, track, place.TerritorialSea,
                    $"Small boat crossed into {Describe.Waters(place.TerritorialSea)} territorial waters from {Describe.Waters(territorialFrom)}: {Describe.Track(track.Latest)}."));
            }

            if (sides.Sar.Observe(place.SarRegion) is { } sarFrom)
            {
                found.Add(Crossing(AlertType.SarRegionCrossing, frame, track, place.SarRegion,
                    $"Small boat crossed into the {Describe.Waters(place.SarRegion)} SAR region from the {Describe.Waters(sarFrom)}: {Describe.Track(track.Latest)}."));
            }
        }
    }

    private static AlertCandidate Crossing(AlertType type, SituationFrame frame, TrackHistory track, Nations into, string message)
    {
        var zone = (type, into) switch
        {
            (AlertType.BoundaryCrossing, Nations.UnitedKingdom) => "territorial-sea-uk",
            (AlertType.BoundaryCrossing, _) => "territorial-sea-fr",
            (_, Nations.UnitedKingdom) => "sar-region-uk",
            _ => "sar-region-fr",
        };
        return new AlertCandidate(type, AlertSeverity.Warning, frame.Time, $"{AlertTypes.ToName(type)}/track-{track.Id}/{zone}",
            track.Latest.Position, track.Id, zone, message)
        {
            People = track.Latest.People,
        };
    }

    // The waters a track was last confirmed in, and a change waiting for confirmation.
    private sealed class Side
    {
        private Nations _current;
        private Nations _pending;
        private int _count;

        // Returns the waters left when a crossing is confirmed.
        public Nations? Observe(Nations now)
        {
            if (now == Nations.None || now == _current)
            {
                _count = 0;
                return null;
            }

            if (_current == Nations.None)
            {
                _current = now;
                return null;
            }

            _count = now == _pending ? _count + 1 : 1;
            _pending = now;
            if (_count < ConfirmFrames)
            {
                return null;
            }

            var from = _current;
            (_current, _count) = (now, 0);
            return from;
        }
    }
}
