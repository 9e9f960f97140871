using System.Globalization;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;

namespace Entente.Rules.Rules;

/// <summary>
/// A taxi boat: a small boat launched from one place (often a river mouth) that runs along the shore, never far from
/// it, then stops off another beach where people wade out to board. The alert names the pick-up beach, where the
/// people are.
/// </summary>
public sealed class TaxiBoatRule : ISituationRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="options">Its options; the defaults when null.</param>
    public TaxiBoatRule(TaxiBoatRuleOptions? options = null) => Options = (options ?? new TaxiBoatRuleOptions()).Validate();

    /// <summary>The options.</summary>
    public TaxiBoatRuleOptions Options { get; }

    /// <inheritdoc />
    public string Name => "taxi-boat";

    /// <inheritdoc />
    public void Evaluate(SituationFrame frame, SituationContext context, ICollection<AlertCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        var stoppedBelow = UnitConversions.KnotsToMetresPerSecond(Options.StoppedBelowKnots);
        foreach (var track in context.Tracks)
        {
            if (!track.IsSmallBoat || track.Place is not { NearestBeach: { } beach } place || track.FirstPlace is not { } first ||
                track.MaxDistanceToCoastMetres > Options.ShoreBandMetres || place.NearestBeachMetres > Options.BeachRadiusMetres ||
                beach == first.NearestBeach)
            {
                continue;
            }

            var run = ChannelProjection.Project(track.FirstReport.Position).PlanarDistanceMetres(ChannelProjection.Project(track.Latest.Position));
            if (run < Options.MinRunMetres || track.MeanVelocity(Options.StoppedFor) is not { } v ||
                Math.Sqrt((v.East * v.East) + (v.North * v.North)) >= stoppedBelow)
            {
                continue;
            }

            var from = first.NearestBeach is { } start ? $" from {start.Name}" : "";
            found.Add(new AlertCandidate(AlertType.TaxiBoat, AlertSeverity.Warning, frame.Time,
                string.Create(CultureInfo.InvariantCulture, $"taxi-boat/track-{track.Id}/{beach.Id}"), track.Latest.Position, track.Id, beach.Id,
                $"Taxi boat stopped off {Describe.FromBeach(beach, place.NearestBeachMetres)} after running along the shore{from}: {Describe.Track(track.Latest)}.")
            {
                People = track.Latest.People,
            });
        }
    }
}
