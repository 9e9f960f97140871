using Entente.Core.Geodesy;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Tracking.Output;

namespace Entente.Cli.Commands;

/// <summary>Moves a reported track forward in time along its course at its speed, for comparing it with a later truth.</summary>
internal static class TrackExtrapolation
{
    public static TrackReport DeadReckon(TrackReport track, TimeSpan elapsed)
    {
        var metres = UnitConversions.KnotsToMetresPerSecond(track.SpeedKnots) * elapsed.TotalSeconds;
        var moved = Geodesic.Direct(track.Position, track.CourseDegrees, metres).Position;

        // An absurd speed could carry a track out of the projection's domain; it then stays where it was reported.
        if (!ChannelProjection.TryProject(moved, out _))
        {
            return track;
        }

        return new TrackReport(track.Id, moved, track.SpeedKnots, track.CourseDegrees, track.SigmaMetres, track.Class, track.ClassConfidence,
            track.Status, track.Mmsi, track.Name, track.People);
    }
}
