using System.Globalization;
using Entente.Core.Units;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;

namespace Entente.Rules.Rules;

/// <summary>
/// A small boat stopped or drifting at sea, away from the shore: engine failure, out of fuel, swamped. Judged on the
/// mean speed through the water over several minutes — the track's movement less the assumed tidal stream — because a
/// boat adrift in a 2.5 kn stream still moves at 2.5 kn over the ground.
/// </summary>
public sealed class StoppedAtSeaRule : ISituationRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="options">Its options; the defaults when null.</param>
    public StoppedAtSeaRule(StoppedAtSeaRuleOptions? options = null) => Options = (options ?? new StoppedAtSeaRuleOptions()).Validate();

    /// <summary>The options.</summary>
    public StoppedAtSeaRuleOptions Options { get; }

    /// <inheritdoc />
    public string Name => "stopped-at-sea";

    /// <inheritdoc />
    public void Evaluate(SituationFrame frame, SituationContext context, ICollection<AlertCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        var below = UnitConversions.KnotsToMetresPerSecond(Options.BelowKnots);
        foreach (var track in context.Tracks)
        {
            if (!track.IsSmallBoat || track.Place is not { } place || place.DistanceToCoastMetres < Options.AwayFromShoreMetres ||
                track.MeanVelocity(Options.For) is not { } v)
            {
                continue;
            }

            // The mean current over the window, taken at its middle (grid and true axes differ by under a degree here).
            var (east, north) = context.Current.At(track.Latest.Position, frame.Time - (v.Span / 2));
            var throughWater = Math.Sqrt(Math.Pow(v.East - east, 2) + Math.Pow(v.North - north, 2));
            if (throughWater >= below)
            {
                continue;
            }

            found.Add(new AlertCandidate(AlertType.StoppedAtSea, AlertSeverity.Urgent, frame.Time,
                string.Create(CultureInfo.InvariantCulture, $"stopped-at-sea/track-{track.Id}"), track.Latest.Position, track.Id,
                place.SarRegion == Core.Sharing.Nations.UnitedKingdom ? "sar-region-uk" : "sar-region-fr",
                string.Create(CultureInfo.InvariantCulture,
                    $"Small boat stopped or drifting {UnitConversions.MetresToNauticalMiles(place.DistanceToCoastMetres):0.0} nm from the coast: {UnitConversions.MetresPerSecondToKnots(throughWater):0.0} kn through the water over {v.Span.TotalMinutes:0} min, {Describe.Track(track.Latest)}."))
            {
                People = track.Latest.People,
            });
        }
    }
}
