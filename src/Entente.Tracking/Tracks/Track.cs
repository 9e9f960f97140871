using Entente.Tracking.Types;

namespace Entente.Tracking.Tracks;

/// <summary>One target's track: its estimate, status, identity and recent history.</summary>
/// <remarks>Mutable; owned by one tracker and changed only by its step.</remarks>
public sealed class Track
{
    private readonly List<TrackUpdate> _history = [];

    internal Track(long number, IStateEstimate state)
    {
        Number = number;
        State = state;
        Started = state.Time;
        LastUpdate = state.Time;
        Hits = 1;
        Initial = state;
    }

    /// <summary>The track number, unique within the tracker, never reused.</summary>
    public long Number { get; }

    /// <summary>The latest estimate, in its predictor's form.</summary>
    public IStateEstimate State { get; internal set; }

    /// <summary>The latest estimate as one Gaussian.</summary>
    public GaussianState Estimate => State.Gaussian;

    /// <summary>Its status.</summary>
    public TrackStatus Status { get; internal set; } = TrackStatus.Tentative;

    /// <summary>When it started.</summary>
    public DateTimeOffset Started { get; }

    /// <summary>When it was last updated by a detection.</summary>
    public DateTimeOffset LastUpdate { get; internal set; }

    /// <summary>When it was confirmed, if it was.</summary>
    public DateTimeOffset? Confirmed { get; internal set; }

    /// <summary>Detections that updated it.</summary>
    public int Hits { get; internal set; }

    /// <summary>AIS reports among them.</summary>
    public int AisHits { get; internal set; }

    /// <summary>The MMSI attached from AIS, when one is.</summary>
    public int? Mmsi { get; internal set; }

    /// <summary>When an AIS report last updated it.</summary>
    public DateTimeOffset? LastAisUpdate { get; internal set; }

    /// <summary>The vessel's name from AIS, when known.</summary>
    public string? Name { get; internal set; }

    /// <summary>The latest people count seen or reported.</summary>
    public int? People { get; internal set; }

    /// <summary>Who may see the track: the first detection's provenance, widened by each later one
    /// (<see cref="Core.Sharing.Provenance.WidenedBy"/>); null while only detections without one support it.</summary>
    public Core.Sharing.Provenance? Provenance { get; internal set; }

    /// <summary>What it is taken to be.</summary>
    public TrackClass Class { get; internal set; }

    /// <summary>The probability that <see cref="Class"/> is right (for <see cref="TrackClass.Unknown"/>: that it is not a
    /// small boat).</summary>
    public double ClassConfidence { get; internal set; } = 0.5;

    /// <summary>Attributes that classification keeps, updated with every detection.</summary>
    public TrackEvidence Evidence { get; } = new();

    /// <summary>The recent updates, oldest first, within the tracker's out-of-sequence window.</summary>
    public IReadOnlyList<TrackUpdate> History => _history;

    // An MMSI heard from reports that joined the track before it carries one, and how many in a row.
    internal int? PendingMmsi { get; set; }

    internal int PendingReports { get; set; }

    // The estimate the track started with: the base for a late detection older than every kept update.
    internal IStateEstimate Initial { get; private set; }

    internal void Record(TrackUpdate update, TimeSpan window)
    {
        _history.Add(update);
        var horizon = update.Detection.Time - window;
        var drop = 0;
        while (drop < _history.Count - 1 && _history[drop].Detection.Time < horizon)
        {
            drop++;
        }

        if (drop > 0)
        {
            Initial = _history[drop - 1].Posterior;
            _history.RemoveRange(0, drop);
        }
    }

    internal void ReplaceHistory(int from, IEnumerable<TrackUpdate> updates)
    {
        _history.RemoveRange(from, _history.Count - from);
        _history.AddRange(updates);
    }

    /// <summary>The estimate to predict from for a detection at a time: the latest one not after it. Null when the time
    /// is before everything the track remembers.</summary>
    /// <param name="time">The detection's time.</param>
    /// <param name="index">Where a detection at that time goes in <see cref="History"/>.</param>
    /// <returns>The base estimate, or null.</returns>
    internal IStateEstimate? BaseFor(DateTimeOffset time, out int index)
    {
        index = _history.Count;
        if (time >= State.Time)
        {
            return State;
        }

        while (index > 0 && _history[index - 1].Detection.Time > time)
        {
            index--;
        }

        return index > 0 ? _history[index - 1].Posterior : Initial.Time <= time ? Initial : null;
    }
}
