using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Gaters;

/// <summary>The distance test both gaters share: the track's mean moved on at its velocity to the detection's time.</summary>
internal static class TrackReach
{
    public static double DistanceSquared(Track track, TrackerDetection detection)
    {
        var state = track.Estimate;
        var dt = (detection.Time - state.Time).TotalSeconds;
        var dx = state.Mean[0, 0] + (state.Mean[1, 0] * dt) - detection.Position.EastingMetres;
        var dy = state.Mean[2, 0] + (state.Mean[3, 0] * dt) - detection.Position.NorthingMetres;
        return (dx * dx) + (dy * dy);
    }

    public static bool Within(Track track, TrackerDetection detection, double reachMetres) =>
        DistanceSquared(track, detection) <= reachMetres * reachMetres;
}
