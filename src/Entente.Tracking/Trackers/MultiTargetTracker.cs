using Entente.Tracking.Detections;
using Entente.Tracking.Hypothesisers;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Trackers;

/// <summary>
/// A multi-target tracker with a push step. Each step: established tracks pick their detections first (gate, then
/// hypothesise, then associate); tentative tracks pick from what is left; chosen detections update their tracks
/// (late ones are slotted in at their time); the rest start tentative tracks; then tracks are confirmed, coasted,
/// deleted and classified.
/// </summary>
/// <remarks>Not thread-safe: one thread steps it.</remarks>
public sealed class MultiTargetTracker : ITracker
{
    private readonly TrackerComponents _parts;
    private readonly List<Track> _tracks = [];
    private readonly List<(int Track, int Detection)> _candidates = [];
    private DateTimeOffset? _latest;
    private long _nextNumber = 1;

    /// <summary>Creates a tracker from its parts.</summary>
    /// <param name="parts">The components.</param>
    /// <param name="options">Its own settings; defaults when null.</param>
    public MultiTargetTracker(TrackerComponents parts, MultiTargetTrackerOptions? options = null)
    {
        _parts = parts ?? throw new ArgumentNullException(nameof(parts));
        Options = options ?? new MultiTargetTrackerOptions();
        Options.Validate();
    }

    /// <summary>The settings.</summary>
    public MultiTargetTrackerOptions Options { get; }

    /// <summary>The components.</summary>
    public TrackerComponents Components => _parts;

    /// <inheritdoc />
    public IReadOnlyList<Track> Tracks => _tracks;

    /// <summary>Tracks deleted in the last step.</summary>
    public IReadOnlyList<Track> Deleted { get; private set; } = [];

    /// <summary>What the tracker has done so far.</summary>
    public TrackerStatistics Statistics { get; } = new();

    /// <inheritdoc />
    public void Step(DateTimeOffset time, IReadOnlyList<TrackerDetection> detections)
    {
        ArgumentNullException.ThrowIfNull(detections);
        Statistics.Steps++;
        Statistics.Detections += detections.Count;
        var usable = Usable(detections);
        var taken = new bool[usable.Count];
        foreach (var established in new[] { true, false })
        {
            foreach (var hypothesis in _parts.Associator.Associate(Hypothesise(usable, taken, established)))
            {
                taken[hypothesis.Detection] = true;
                Apply(hypothesis, usable[hypothesis.Detection]);
            }
        }

        for (var d = 0; d < usable.Count; d++)
        {
            if (!taken[d])
            {
                Start(usable[d]);
            }
        }

        Manage(time);
    }

    // Drops (and counts) detections older than the out-of-sequence window.
    private List<TrackerDetection> Usable(IReadOnlyList<TrackerDetection> detections)
    {
        var usable = new List<TrackerDetection>(detections.Count);
        foreach (var detection in detections)
        {
            if (_latest is { } latest && detection.Time < latest - Options.OutOfSequenceWindow)
            {
                Statistics.LateDetectionsDropped++;
                continue;
            }

            usable.Add(detection);
        }

        foreach (var detection in usable)
        {
            _latest = _latest is { } l && l > detection.Time ? l : detection.Time;
        }

        return usable;
    }

    private List<Hypothesis> Hypothesise(List<TrackerDetection> detections, bool[] taken, bool established)
    {
        _candidates.Clear();
        _parts.Gater.Candidates(_tracks, detections, t => (t.Status != TrackStatus.Tentative) == established, _candidates);
        var hypotheses = new List<Hypothesis>(_candidates.Count);
        foreach (var (t, d) in _candidates)
        {
            if (!taken[d] && _parts.Identity.Admits(_tracks[t], detections[d]) && _parts.Hypothesiser.Hypothesise(_tracks[t], t, detections[d], d) is { } hypothesis)
            {
                hypotheses.Add(hypothesis);
            }
        }

        return hypotheses;
    }

    private void Apply(Hypothesis hypothesis, TrackerDetection detection)
    {
        var track = _tracks[hypothesis.Track];
        var window = Options.OutOfSequenceWindow;
        if (hypothesis.HistoryIndex == track.History.Count)
        {
            track.State = hypothesis.Update.Posterior;
            track.Record(new TrackUpdate(detection, track.State), window);
        }
        else
        {
            // A late detection: apply it where it belongs, then the later ones again on top of it.
            Statistics.OutOfSequenceUsed++;
            var later = track.History.Skip(hypothesis.HistoryIndex).ToList();
            var replayed = new List<TrackUpdate> { new(detection, hypothesis.Update.Posterior) };
            var state = hypothesis.Update.Posterior;
            foreach (var update in later)
            {
                state = _parts.Updater.Update(_parts.Predictor.Predict(state, update.Detection.Time), update.Detection).Posterior;
                replayed.Add(new TrackUpdate(update.Detection, state));
            }

            track.ReplaceHistory(hypothesis.HistoryIndex, replayed);
            track.State = state;
        }

        Statistics.Associated++;
        track.LastUpdate = detection.Time > track.LastUpdate ? detection.Time : track.LastUpdate;
        track.Hits++;
        track.People = detection.People ?? track.People;
        // Same instance back when the audience does not grow: no allocation on the usual update.
        track.Provenance = detection.Provenance is not { } joined ? track.Provenance : track.Provenance?.WidenedBy(joined) ?? joined;
        track.Evidence.Observe(detection);
        _parts.Identity.Updated(track, detection);
        if (track.Status == TrackStatus.Coasting)
        {
            track.Status = TrackStatus.Confirmed;
        }
        else if (track.Status == TrackStatus.Tentative && _parts.Initiator.Confirms(track))
        {
            track.Status = TrackStatus.Confirmed;
            track.Confirmed = detection.Time;
            Statistics.TracksConfirmed++;
        }
    }

    private void Start(TrackerDetection detection)
    {
        if (detection.IsAis && !_parts.Identity.MayStart(detection))
        {
            return;
        }

        var track = new Track(_nextNumber++, _parts.Predictor.Begin(_parts.Initiator.Start(detection)))
        {
            People = detection.People,
            Provenance = detection.Provenance,
        };
        track.Evidence.Observe(detection);
        _parts.Identity.Started(track, detection);
        if (_parts.Initiator.Confirms(track))
        {
            track.Status = TrackStatus.Confirmed;
            track.Confirmed = detection.Time;
            Statistics.TracksConfirmed++;
        }

        _tracks.Add(track);
        Statistics.TracksStarted++;
    }

    private void Manage(DateTimeOffset time)
    {
        var deleted = new List<Track>();
        foreach (var track in _tracks)
        {
            track.Status = track.Status == TrackStatus.Tentative && _parts.Initiator.HasExpired(track, time)
                ? TrackStatus.Deleted
                : _parts.Deleter.Review(track, time);
            if (track.Status == TrackStatus.Deleted)
            {
                deleted.Add(track);
                _parts.Identity.Deleted(track);
                continue;
            }

            _parts.Classifier.Classify(track, time);
        }

        if (deleted.Count > 0)
        {
            _tracks.RemoveAll(t => t.Status == TrackStatus.Deleted);
            Statistics.TracksDeleted += deleted.Count;
        }

        Deleted = deleted;
    }
}
