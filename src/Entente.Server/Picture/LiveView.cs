using Entente.Core.Sharing;
using Entente.Incidents.Incidents;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;
using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>What the map reads of the live picture: the latest frame's tracks and the night so far, each track's
/// recent positions, and snapshots for replay. The picture records each frame here; requests read it under a lock of
/// its own, so that they never wait for the pipeline. Every read takes the viewer's agency and gives only what is
/// releasable to it (<see cref="Releasing"/>).</summary>
internal sealed class LiveView(TimeProvider clock)
{
    /// <summary>Positions kept per track: two hours of 10-second frames.</summary>
    public const int TrailPoints = 720;

    private readonly Lock _gate = new();
    private readonly TrackTrails _trails = new(TrailPoints, TimeSpan.FromMinutes(30));
    private readonly ReplayBuffer _replay = new(TimeSpan.FromSeconds(30), maxSnapshots: 2_880, maxTracks: 1_000_000);
    private PictureSnapshot? _latest;
    private DateTimeOffset? _nightStart;

    /// <summary>The latest frame, or null before the first (every track in it: filter before giving it to anyone).</summary>
    public PictureSnapshot? Latest => Volatile.Read(ref _latest);

    /// <summary>Records a frame (called by the picture, in frame order).</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="alerts">The alerts as they stand.</param>
    /// <param name="incidents">The incidents.</param>
    /// <param name="alertProvenance">Who may see each alert.</param>
    /// <returns>The snapshot, stamped with the clock, with the night as each agency may count it.</returns>
    public PictureSnapshot Record(SituationFrame frame, IReadOnlyList<Alert> alerts, IReadOnlyList<SarIncident> incidents, Func<Alert, Provenance> alertProvenance)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(alertProvenance);
        TrackResponse[] tracks = [.. frame.Tracks.Select(TrackResponse.From)];
        lock (_gate)
        {
            _nightStart ??= frame.Time;
            _trails.Add(frame.Time, tracks);
            _replay.Offer(frame.Time, tracks);
            var nights = new NightResponse[Agencies.All.Count];
            for (var i = 0; i < nights.Length; i++)
            {
                nights[i] = Tally(frame.Time, _nightStart, tracks, alerts, incidents, alertProvenance, Agencies.All[i]);
            }

            var snapshot = new PictureSnapshot(frame.Time, clock.GetUtcNow(), tracks, nights);
            Volatile.Write(ref _latest, snapshot);
            return snapshot;
        }
    }

    /// <summary>The night so far as a viewer may count it, or an empty night before the first frame.</summary>
    public NightResponse Night(IReadOnlyList<Alert> alerts, IReadOnlyList<SarIncident> incidents, Func<Alert, Provenance> alertProvenance, Agency? viewer) =>
        Latest?.NightFor(viewer) ?? Tally(null, null, [], alerts, incidents, alertProvenance, viewer);

    /// <summary>The latest frame's tracks that a viewer may see.</summary>
    public TracksResponse Tracks(Agency? viewer)
    {
        var latest = Latest;
        return new TracksResponse(latest?.Time, Releasing.Filter(latest?.Tracks ?? [], viewer));
    }

    /// <summary>A live track and its kept positions, or null when it is not live or not releasable to the viewer.</summary>
    public TrackDetailResponse? Track(long id, Agency? viewer)
    {
        var track = Latest?.Tracks.FirstOrDefault(t => t.Id == id);
        if (track is null || !Releasing.May(track, viewer))
        {
            return null;
        }

        lock (_gate)
        {
            return new TrackDetailResponse(track, _trails.Of(id) ?? []);
        }
    }

    /// <summary>The snapshot kept at or before a time, with the tracks the viewer may see; null when that is before the
    /// oldest kept.</summary>
    public TracksResponse? At(DateTimeOffset time, Agency? viewer)
    {
        TracksResponse? kept;
        lock (_gate)
        {
            kept = _replay.At(time);
        }

        return kept is null ? null : kept with { Tracks = Releasing.Filter(kept.Tracks, viewer) };
    }

    /// <summary>The span kept for replay.</summary>
    public ReplayResponse Replay()
    {
        lock (_gate)
        {
            return _replay.Describe();
        }
    }

    // Counted from what the agency may see alone, so that a count never gives away what it may not (none without one).
    private static NightResponse Tally(DateTimeOffset? time, DateTimeOffset? nightStart, IReadOnlyList<TrackResponse> tracks, IReadOnlyList<Alert> alerts,
        IReadOnlyList<SarIncident> incidents, Func<Alert, Provenance> alertProvenance, Agency? viewer)
    {
        if (viewer is null)
        {
            return NightTally.Of(time, nightStart, [], [], []);
        }

        List<Alert> visible = [.. alerts.Where(a => alertProvenance(a).IsReleasableTo(viewer))];
        // Incidents are releasable to both states (IncidentResponse): every agency counts them all.
        return NightTally.Of(time, nightStart, Releasing.Filter(tracks, viewer), visible, incidents);
    }
}
