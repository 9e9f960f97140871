using System.Globalization;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Rules;

/// <summary>
/// A ship that stopped reporting AIS while radar still holds it: a transponder switched off (a vessel that does not
/// want to be seen, or one in trouble). The track keeps its MMSI; radar keeps it confirmed.
/// </summary>
/// <remarks>The whole area of interest is assumed to be inside shore AIS coverage (the Dover and Gris-Nez receivers
/// reach about 40 nm).</remarks>
/// <param name="silentFor">How long without a report counts as a gap; 10 minutes by default (a class A ship under way
/// reports every 2–10 s, but one at anchor or moored only every 3 minutes, and a slow class B every 3 minutes).</param>
public sealed class AisGapRule(TimeSpan? silentFor = null) : ISituationRule
{
    /// <summary>How long without a report counts as a gap.</summary>
    public TimeSpan SilentFor { get; } = silentFor ?? TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    public string Name => "ais-gap";

    /// <inheritdoc />
    public void Evaluate(SituationFrame frame, SituationContext context, ICollection<AlertCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var track in frame.Tracks)
        {
            if (track.Mmsi is not { } mmsi || track.LastAisUpdate is not { } last || track.Status != TrackStatus.Confirmed ||
                frame.Time - last < SilentFor)
            {
                continue;
            }

            var name = track.Name is { } n ? $"{n} (MMSI {mmsi})" : $"MMSI {mmsi}";
            found.Add(new AlertCandidate(AlertType.AisGap, AlertSeverity.Warning, frame.Time,
                string.Create(CultureInfo.InvariantCulture, $"ais-gap/track-{track.Id}/{last:O}"), track.Position, track.Id, null,
                string.Create(CultureInfo.InvariantCulture,
                    $"{name} has not reported AIS for {(frame.Time - last).TotalMinutes:0} min while radar still holds it: track {track.Id}, {track.SpeedKnots:0.0} kn.")));
        }
    }
}
