using System.Globalization;
using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Units;
using Entente.Geo.Features;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Rules;

/// <summary>
/// A small boat leaving a launch beach: a track that first appeared near a beach and is classified a small boat soon
/// after; or, sooner, a track that first appeared near a beach where a beach sensor has just seen people or a boat
/// (the sensor event corroborates a track not yet classified, once it is a couple of minutes old and slow enough to be
/// a small boat, so that a ferry leaving port has had time to be named by its AIS). A launch moves away from its beach:
/// a track closing on the beach is arriving, not leaving. The alert names the beach. A new track from the same beach
/// soon after a launch whose track was lost is the same boat picked up again.
/// </summary>
public sealed class LaunchRule : ISituationRule
{
    // Slower than this, a track's speed says nothing of when it left the beach.
    private const double MinEstimateSpeedKnots = 1;

    // A launch is never estimated further back than this before its first detection.
    private static readonly TimeSpan MaxLaunchEstimate = TimeSpan.FromHours(1);

    private readonly List<(DateTimeOffset Time, GeoFeature Beach)> _groundEvents = [];
    private readonly HashSet<long> _raised = [];
    private readonly List<(DateTimeOffset Time, GeoFeature Beach, long Track)> _launches = [];

    /// <summary>Creates the rule.</summary>
    /// <param name="options">Its options; the defaults when null.</param>
    public LaunchRule(LaunchRuleOptions? options = null) => Options = (options ?? new LaunchRuleOptions()).Validate();

    /// <summary>The options.</summary>
    public LaunchRuleOptions Options { get; }

    /// <inheritdoc />
    public string Name => "launch";

    /// <inheritdoc />
    public void Evaluate(SituationFrame frame, SituationContext context, ICollection<AlertCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        RememberGroundEvents(frame, context);
        foreach (var track in context.Tracks)
        {
            if (_raised.Contains(track.Id) || track.FirstPlace is not { NearestBeach: { } beach } first ||
                first.NearestBeachMetres > Options.BeachRadiusMetres || frame.Time - track.FirstSeen > Options.RecogniseWithin ||
                track.Latest.Class == TrackClass.VesselWithAis || track.Latest.Status == TrackStatus.Tentative)
            {
                continue;
            }

            var movedAway = Geodesic.DistanceMetres(Position(beach), track.Latest.Position) - first.NearestBeachMetres;
            if (movedAway < Options.MovedAwayMetres)
            {
                continue;
            }

            var corroborated = _groundEvents.Any(e => e.Beach == beach && track.FirstSeen - e.Time <= Options.GroundEventWindow);
            if (!track.IsSmallBoat && !(corroborated && frame.Time - track.FirstSeen >= Options.CorroboratedAfter &&
                                        track.Latest.SpeedKnots <= Options.MaxCorroboratedSpeedKnots))
            {
                continue;
            }

            _raised.Add(track.Id);
            if (SameLaunch(frame, context, beach))
            {
                continue;
            }

            _launches.Add((frame.Time, beach, track.Id));
            var why = track.IsSmallBoat ? (corroborated ? "small boat, beach sensor event" : "small boat") : "beach sensor event";
            found.Add(new AlertCandidate(AlertType.Launch, AlertSeverity.Warning, frame.Time,
                string.Create(CultureInfo.InvariantCulture, $"launch/track-{track.Id}"), track.Latest.Position, track.Id, beach.Id,
                $"Launch from {beach.Name}: {Describe.Track(track.Latest)}, first seen {Describe.FromBeach(beach, first.NearestBeachMetres)} ({why}).")
            {
                People = track.Latest.People,
                DetectedAt = track.FirstSeen,
                LaunchedAt = EstimateLaunch(track, beach, first.NearestBeachMetres),
            });
        }

        _raised.IntersectWith(context.Tracks.Select(t => t.Id));
    }

    // The last the beach's sensor saw before the radar did (people gathering, or the boat going afloat) when it saw
    // anything; otherwise back from the first detection along the distance off the beach at the track's speed. Never
    // after the first detection.
    private DateTimeOffset EstimateLaunch(TrackHistory track, GeoFeature beach, double offBeachMetres)
    {
        var seen = _groundEvents.Where(e => e.Beach == beach && e.Time <= track.FirstSeen && track.FirstSeen - e.Time <= Options.GroundEventWindow)
            .Select(e => (DateTimeOffset?)e.Time).Max();
        if (seen is { } sensed)
        {
            return sensed;
        }

        var metresPerSecond = UnitConversions.KnotsToMetresPerSecond(track.Latest.SpeedKnots);
        if (!double.IsFinite(offBeachMetres) || metresPerSecond < UnitConversions.KnotsToMetresPerSecond(MinEstimateSpeedKnots))
        {
            return track.FirstSeen;
        }

        return track.FirstSeen - TimeSpan.FromSeconds(Math.Min(offBeachMetres / metresPerSecond, MaxLaunchEstimate.TotalSeconds));
    }

    // A launch from the same beach shortly before whose track is gone: the boat was lost and picked up again. (Two live
    // tracks are two boats: boats often leave one beach minutes apart.)
    private bool SameLaunch(SituationFrame frame, SituationContext context, GeoFeature beach)
    {
        _launches.RemoveAll(l => frame.Time - l.Time > Options.SameLaunchWithin);
        return _launches.Any(l => l.Beach == beach && context.Tracks.All(t => t.Id != l.Track));
    }

    private void RememberGroundEvents(SituationFrame frame, SituationContext context)
    {
        foreach (var detection in frame.Detections)
        {
            if (detection.Kind != DetectionKind.Ground || detection.Position is not { } at)
            {
                continue;
            }

            var beach = context.Beaches.MinBy(b => Geodesic.DistanceMetres(at, Position(b)));
            if (beach is not null && Geodesic.DistanceMetres(at, Position(beach)) <= Options.GroundEventRadiusMetres)
            {
                _groundEvents.Add((detection.Time, beach));
            }
        }

        _groundEvents.RemoveAll(e => frame.Time - e.Time > Options.GroundEventWindow + Options.RecogniseWithin);
    }

    private static Core.Positions.GeoPosition Position(GeoFeature beach) =>
        Core.Positions.GeoPosition.FromDegrees(beach.GeometryDegrees.Coordinate.Y, beach.GeometryDegrees.Coordinate.X);
}
