using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>The recent positions of each track, one per frame, bounded per track; a track unseen for a while is
/// forgotten. Not thread-safe: <see cref="LiveView"/> guards it.</summary>
internal sealed class TrackTrails(int maxPointsPerTrack, TimeSpan forgetAfter)
{
    private readonly Dictionary<long, (Queue<TrackPoint> Points, DateTimeOffset LastSeen)> _trails = [];

    public int Count => _trails.Count;

    public void Add(DateTimeOffset time, IReadOnlyList<TrackResponse> tracks)
    {
        foreach (var t in tracks)
        {
            if (!_trails.TryGetValue(t.Id, out var trail))
            {
                trail = (new Queue<TrackPoint>(), time);
            }

            if (trail.Points.Count == maxPointsPerTrack)
            {
                trail.Points.Dequeue();
            }

            trail.Points.Enqueue(new TrackPoint(time, t.Lat, t.Lon, t.SpeedKnots, t.CourseDegrees));
            _trails[t.Id] = (trail.Points, time);
        }

        List<long>? stale = null;
        foreach (var (id, trail) in _trails)
        {
            if (time - trail.LastSeen > forgetAfter)
            {
                (stale ??= []).Add(id);
            }
        }

        foreach (var id in stale ?? [])
        {
            _trails.Remove(id);
        }
    }

    public IReadOnlyList<TrackPoint>? Of(long id) => _trails.TryGetValue(id, out var trail) ? [.. trail.Points] : null;
}
