using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Rules.Situation;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Correlation;

/// <summary>
/// Ties distress reports to the boats on the picture, so that a watch sees "7 calls → 3 boats" with the doubt shown,
/// never silently merged. Fed every <see cref="SituationFrame"/> in order, it keeps each candidate track's recent
/// positions, scores every call against where each track was while the call's position may have been taken, and groups
/// calls into cases: one caller's calls always share a case; a new caller joins a case only when the call and the case
/// are both confidently tied to the same track, and the join is recorded with its reason. Two cases that come to be tied
/// to the same track are linked, never merged, and both stay visible. A call tied to no track opens a case of its own.
/// </summary>
/// <remarks>
/// Probabilities are over the candidate tracks (small boats and unknown tracks, weighted by the tracker's belief that
/// each is a small boat; never a vessel with AIS) and "no track" (a boat outside radar cover or not yet found). Cases
/// with a call in the last <see cref="DistressCorrelatorOptions.LateTrackWindow"/> are re-scored every
/// <see cref="DistressCorrelatorOptions.RescoreInterval"/> and on every new call, so a boat found by radar after its
/// first call is picked up. Times come from the frames. Bad reports (no caller, no people, no usable position, far
/// outside the area) are taken in, never thrown on. Thread-safe: the pipeline observes while readers list cases. One
/// small summary is kept for every candidate track ever seen (positions only for <see cref="DistressCorrelatorOptions.HistoryDuration"/>).
/// </remarks>
public sealed class DistressCorrelator
{
    private readonly Lock _gate = new();
    private readonly CaseScoring _scoring;
    private readonly Dictionary<long, TrackHistory> _tracks = [];
    private readonly List<TrackHistory> _trackOrder = [];
    private readonly List<CaseState> _cases = [];
    private readonly Dictionary<string, CaseState> _byCaller = new(StringComparer.Ordinal);
    private DateTimeOffset? _latestFrame;
    private DateTimeOffset? _lastRescore;
    private long _calls;

    /// <summary>Creates a correlator with no cases.</summary>
    /// <param name="options">The settings; the defaults when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public DistressCorrelator(DistressCorrelatorOptions? options = null)
    {
        Options = (options ?? new DistressCorrelatorOptions()).Validate();
        _scoring = new CaseScoring(Options);
    }

    /// <summary>The settings.</summary>
    public DistressCorrelatorOptions Options { get; }

    /// <summary>Every case, in the order opened, as it stands now.</summary>
    public IReadOnlyList<DistressCase> Cases
    {
        get
        {
            lock (_gate)
            {
                return [.. _cases.Select(c => c.Snapshot)];
            }
        }
    }

    /// <summary>Calls taken in.</summary>
    public long CallCount
    {
        get
        {
            lock (_gate)
            {
                return _calls;
            }
        }
    }

    /// <summary>One line for the watch: "9 calls → 4 cases (3 when linked cases count once)".</summary>
    /// <returns>The line.</returns>
    public string Describe()
    {
        lock (_gate)
        {
            return CaseText.F($"{_calls} calls → {_cases.Count} cases ({LinkedGroups()} when linked cases count once)");
        }
    }

    /// <summary>Takes in a frame: records where the tracks are, takes in its distress reports, and re-scores open cases
    /// when due.</summary>
    /// <param name="frame">The next frame, in time order.</param>
    /// <returns>The changes made, in order (often none).</returns>
    public IReadOnlyList<CaseChange> Observe(SituationFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        lock (_gate)
        {
            var changes = new List<CaseChange>();
            var now = frame.Time;
            if (_latestFrame is null || now > _latestFrame)
            {
                Record(frame);
                _latestFrame = now;
            }

            foreach (var record in frame.Detections)
            {
                // A report of an outcome (rescued, landed, …) is not a call for help.
                if (record.IsDistressReport)
                {
                    changes.Add(Take(record, now));
                }
            }

            if (_lastRescore is null || now - _lastRescore >= Options.RescoreInterval)
            {
                _lastRescore = now;
                Rescore(now, changes);
                foreach (var track in _trackOrder)
                {
                    track.Forget(now - Options.HistoryDuration);
                }
            }

            UpdateLinks(now, changes);
            return changes;
        }
    }

    private void Record(SituationFrame frame)
    {
        foreach (var report in frame.Tracks)
        {
            // A tentative track is often one plot (or the call itself, which the tracker also takes in): not a boat yet.
            if (report.Status == TrackStatus.Tentative)
            {
                continue;
            }

            if (!_tracks.TryGetValue(report.Id, out var track))
            {
                if (report.Class == TrackClass.VesselWithAis)
                {
                    continue;
                }

                track = new TrackHistory(report.Id);
                _tracks.Add(report.Id, track);
                _trackOrder.Add(track);
            }

            track.Observe(report, frame.Time, Options.HistoryInterval, Options.ClassSmoothingTime);
        }
    }

    private CaseChange Take(DetectionRecord record, DateTimeOffset now)
    {
        // A position off the Channel plane, or without a usable error, is kept in the record but not scored.
        ProjectedPoint? point = record.Position is { } position && record.SigmaMetres is { } sigma && double.IsFinite(sigma) && sigma > 0
            && ChannelProjection.TryProject(position, out var projected) ? projected : null;
        var usable = point is not null;
        var call = new CallState(new DistressCall(++_calls, record, usable ? record.Position : null, usable ? record.SigmaMetres : null), point);
        ScoreNewTracks(call);
        var alone = _scoring.Combine([call], _tracks, Latest(now));
        call.Call = call.Call with
        {
            Candidates = alone.Listed,
            NoneProbability = alone.None,
            BestTrackId = alone.BestTrackId,
            Correlation = alone.Correlation,
        };

        var label = CaseText.Label(call.Call);
        if (call.Call.Caller is { } caller && _byCaller.TryGetValue(caller, out var own))
        {
            var before = own.Current;
            Add(own, call, now);
            var conflict = alone.BestTrackId is { } mine && before.BestTrackId is { } theirs && mine != theirs
                && alone.TopProbability >= Options.JoinProbability && before.TopProbability >= Options.JoinProbability
                    ? CaseText.F($", though this call alone best matches track {mine} (p {alone.TopProbability:0.00}) where the case matched track {theirs}")
                    : "";
            return Told(own, CaseChangeKind.CallAdded, now,
                CaseText.F($"{label}, a caller of case {own.Number}, was added{conflict}; the case {CaseText.Match(own.Current)}."), call.Call);
        }

        if (JoinTarget(alone) is { } target)
        {
            var reason = CaseText.F(
                $"joined case {target.Number} because this call and the case both best match track {alone.BestTrackId} (p {alone.TopProbability:0.00} and {target.Current.TopProbability:0.00})");
            call.Call = call.Call with { JoinedReason = reason };
            Add(target, call, now);
            return Told(target, CaseChangeKind.Joined, now,
                CaseText.F($"{label}, a new caller, {reason}; the case now {CaseText.Match(target.Current)}."), call.Call);
        }

        var opened = new CaseState(_cases.Count + 1);
        _cases.Add(opened);
        Add(opened, call, now);
        var sentence = usable
            ? CaseText.F($"{label} opened case {opened.Number}, which {CaseText.Match(opened.Current)}.")
            : CaseText.F($"{label} gave no usable position and opened case {opened.Number}: it cannot be tied to a track yet.");
        return Told(opened, CaseChangeKind.Opened, now, sentence, call.Call);
    }

    // A new caller joins only a case confidently tied to the same track as the call; the most confident such case.
    private CaseState? JoinTarget(Hypotheses alone)
    {
        if (alone.BestTrackId is not { } track || alone.TopProbability < Options.JoinProbability)
        {
            return null;
        }

        return _cases.Where(c => c.Current.BestTrackId == track && c.Current.TopProbability >= Options.JoinProbability)
            .OrderByDescending(c => c.Current.TopProbability).ThenBy(c => c.Number)
            .FirstOrDefault();
    }

    private void Add(CaseState state, CallState call, DateTimeOffset now)
    {
        state.Calls.Add(call);
        if (call.Call.Caller is { } caller && !state.Callers.Contains(caller, StringComparer.Ordinal))
        {
            state.Callers.Add(caller);
            _byCaller[caller] = state;
        }

        foreach (var earlier in state.Calls)
        {
            if (now - earlier.Time <= Options.LateTrackWindow)
            {
                ScoreNewTracks(earlier);
            }
        }

        state.Current = _scoring.Combine(state.Calls, _tracks, Latest(now));
    }

    private void ScoreNewTracks(CallState call)
    {
        for (var i = call.ScoredThrough; i < _trackOrder.Count; i++)
        {
            _scoring.Score(call, _trackOrder[i]);
        }

        call.ScoredThrough = _trackOrder.Count;
    }

    private void Rescore(DateTimeOffset now, List<CaseChange> changes)
    {
        foreach (var state in _cases)
        {
            if (now - state.LastCall > Options.LateTrackWindow)
            {
                continue;
            }

            foreach (var call in state.Calls)
            {
                if (now - call.Time <= Options.LateTrackWindow)
                {
                    ScoreNewTracks(call);
                }
            }

            var before = state.Reported;
            state.Current = _scoring.Combine(state.Calls, _tracks, Latest(now));
            if (Material(before, state.Current))
            {
                changes.Add(Told(state, CaseChangeKind.CandidatesChanged, now,
                    CaseText.F($"Case {state.Number} re-scored against the tracks now known: it {CaseText.Match(state.Current)}; before, it {CaseText.Short(before, past: true)}.")));
            }
            else
            {
                state.Snapshot = Snapshot(state);
            }
        }
    }

    private bool Material(Hypotheses before, Hypotheses after)
    {
        if (before.BestTrackId != after.BestTrackId || before.Correlation != after.Correlation
            || Math.Abs(before.None - after.None) >= Options.MaterialChange)
        {
            return true;
        }

        return before.All.Keys.Union(after.All.Keys)
            .Any(id => Math.Abs(before.All.GetValueOrDefault(id) - after.All.GetValueOrDefault(id)) >= Options.MaterialChange);
    }

    private void UpdateLinks(DateTimeOffset now, List<CaseChange> changes)
    {
        foreach (var state in _cases)
        {
            foreach (var other in state.Links.Where(o => o > state.Number).ToList())
            {
                var peer = _cases[(int)other - 1];
                if (state.Current.BestTrackId is { } track && track == peer.Current.BestTrackId
                    && Math.Min(state.Current.TopProbability, peer.Current.TopProbability) >= Options.LinkHoldProbability)
                {
                    continue;
                }

                state.Links.Remove(other);
                peer.Links.Remove(state.Number);
                peer.Snapshot = Snapshot(peer);
                var current = CaseText.F($"case {state.Number} {CaseText.Short(state.Current, past: false)}, case {other} {CaseText.Short(peer.Current, past: false)}");
                changes.Add(Told(state, CaseChangeKind.Unlinked, now,
                    CaseText.F($"Case {state.Number} and case {other} no longer share a best track with p ≥ {Options.LinkHoldProbability:0.00} ({current}): link removed, both kept."),
                    otherCaseId: other, keepReported: true));
            }
        }

        foreach (var group in _cases.Where(c => c.Current.BestTrackId is not null && c.Current.TopProbability >= Options.JoinProbability)
                     .GroupBy(c => c.Current.BestTrackId!.Value))
        {
            var members = group.OrderBy(c => c.Number).ToList();
            for (var j = 1; j < members.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    var (older, newer) = (members[i], members[j]);
                    if (!newer.Links.Add(older.Number))
                    {
                        continue;
                    }

                    older.Links.Add(newer.Number);
                    older.Snapshot = Snapshot(older);
                    changes.Add(Told(newer, CaseChangeKind.Linked, now,
                        CaseText.F($"Case {newer.Number} and case {older.Number} both best match track {group.Key} (p {newer.Current.TopProbability:0.00} and {older.Current.TopProbability:0.00}), so they are probably the same boat: linked, both kept."),
                        otherCaseId: older.Number, keepReported: true));
                }
            }
        }
    }

    private CaseChange Told(CaseState state, CaseChangeKind kind, DateTimeOffset now, string reason, DistressCall? call = null,
        long? otherCaseId = null, bool keepReported = false)
    {
        if (!keepReported)
        {
            state.Reported = state.Current;
        }

        state.Snapshot = Snapshot(state);
        return new CaseChange(kind, now, reason, state.Snapshot, call, otherCaseId);
    }

    private DistressCase Snapshot(CaseState state)
    {
        var calls = state.Calls.Select(c => c.Call).ToList();
        var last = state.LastCall;
        var fused = _scoring.Fuse(state.Calls, last);
        return new DistressCase(state.Number)
        {
            Calls = calls,
            Callers = [.. state.Callers],
            FirstCall = state.Calls.Min(c => c.Time),
            LastCall = last,
            FusedPosition = fused is { } f ? ChannelProjection.Unproject(f.Point) : null,
            FusedSigmaMetres = fused?.SigmaMetres,
            People = CaseScoring.MedianPeople(state.Calls),
            Candidates = state.Current.Listed,
            NoneProbability = state.Current.None,
            BestTrackId = state.Current.BestTrackId,
            Correlation = state.Current.Correlation,
            LinkedCases = [.. state.Links],
        };
    }

    private DateTimeOffset Latest(DateTimeOffset now) => _latestFrame ?? now;

    private int LinkedGroups()
    {
        var seen = new HashSet<long>();
        var groups = 0;
        foreach (var state in _cases)
        {
            if (!seen.Add(state.Number))
            {
                continue;
            }

            groups++;
            var queue = new Queue<CaseState>([state]);
            while (queue.TryDequeue(out var next))
            {
                foreach (var other in next.Links.Where(seen.Add))
                {
                    queue.Enqueue(_cases[(int)other - 1]);
                }
            }
        }

        return groups;
    }
}
