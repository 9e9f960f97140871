using Entente.Incidents.Incidents;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;
using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>What the map reads of the live picture: the latest frame's tracks and the night so far, each track's
/// recent positions, and snapshots for replay. The picture records each frame here; requests read it under a lock of
/// its own, so that they never wait for the pipeline.</summary>
internal sealed class LiveView(TimeProvider clock)
{
    /// <summary>Positions kept per track: two hours of 10-second frames.</summary>
    public const int TrailPoints = 720;

    private readonly Lock _gate = new();
    private readonly TrackTrails _trails = new(TrailPoints, TimeSpan.FromMinutes(30));
    private readonly ReplayBuffer _replay = new(TimeSpan.FromSeconds(30), maxSnapshots: 2_880, maxTracks: 1_000_000);
    private PictureSnapshot? _latest;
    private DateTimeOffset? _nightStart;

    /// <summary>The latest frame, or null before the first.</summary>
    public PictureSnapshot? Latest => Volatile.Read(ref _latest);

    /// <summary>Records a frame (called by the picture, in frame order).</summary>
    /// <returns>The snapshot, stamped with the clock.</returns>
    public PictureSnapshot Record(SituationFrame frame, IReadOnlyList<Alert> alerts, IReadOnlyList<SarIncident> incidents)
    {
        ArgumentNullException.ThrowIfNull(frame);
        TrackResponse[] tracks = [.. frame.Tracks.Select(TrackResponse.From)];
        lock (_gate)
        {
            _nightStart ??= frame.Time;
            _trails.Add(frame.Time, tracks);
            _replay.Offer(frame.Time, tracks);
            var snapshot = new PictureSnapshot(frame.Time, clock.GetUtcNow(), tracks, NightTally.Of(frame.Time, _nightStart, tracks, alerts, incidents));
            Volatile.Write(ref _latest, snapshot);
            return snapshot;
        }
    }

    /// <summary>The night so far, or an empty night before the first frame.</summary>
    public NightResponse Night(IReadOnlyList<Alert> alerts, IReadOnlyList<SarIncident> incidents) =>
        Latest?.Night ?? NightTally.Of(null, null, [], alerts, incidents);

    /// <summary>A live track and its kept positions, or null when it is not live.</summary>
    public TrackDetailResponse? Track(long id)
    {
        var track = Latest?.Tracks.FirstOrDefault(t => t.Id == id);
        if (track is null)
        {
            return null;
        }

        lock (_gate)
        {
            return new TrackDetailResponse(track, _trails.Of(id) ?? []);
        }
    }

    /// <summary>The snapshot kept at or before a time, or null when that is before the oldest kept.</summary>
    public TracksResponse? At(DateTimeOffset time)
    {
        lock (_gate)
        {
            return _replay.At(time);
        }
    }

    /// <summary>The span kept for replay.</summary>
    public ReplayResponse Replay()
    {
        lock (_gate)
        {
            return _replay.Describe();
        }
    }
}
