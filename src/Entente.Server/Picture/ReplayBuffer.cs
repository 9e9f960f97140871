using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>Snapshots of the tracks at most one per interval of picture time, for the replay slider; bounded both in
/// snapshots and in tracks held, dropping the oldest first. Not thread-safe: <see cref="LiveView"/> guards it.</summary>
internal sealed class ReplayBuffer(TimeSpan interval, int maxSnapshots, int maxTracks)
{
    private readonly List<TracksResponse> _snapshots = [];
    private int _tracksHeld;

    public TimeSpan Interval => interval;

    public void Offer(DateTimeOffset time, IReadOnlyList<TrackResponse> tracks)
    {
        if (_snapshots.Count > 0 && time - _snapshots[^1].Time!.Value < interval)
        {
            return;
        }

        _snapshots.Add(new TracksResponse(time, tracks));
        _tracksHeld += tracks.Count;
        var drop = 0;
        while (_snapshots.Count - drop > 1 && (_snapshots.Count - drop > maxSnapshots || _tracksHeld > maxTracks))
        {
            _tracksHeld -= _snapshots[drop].Tracks.Count;
            drop++;
        }

        _snapshots.RemoveRange(0, drop);
    }

    /// <summary>The snapshot at or before a time, or null when it is older than the oldest kept.</summary>
    public TracksResponse? At(DateTimeOffset time)
    {
        int lo = 0, hi = _snapshots.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_snapshots[mid].Time <= time)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : _snapshots[found];
    }

    public ReplayResponse Describe() =>
        new(_snapshots.Count > 0 ? _snapshots[0].Time : null, _snapshots.Count > 0 ? _snapshots[^1].Time : null, _snapshots.Count, interval.TotalSeconds);
}
