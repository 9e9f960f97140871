namespace Entente.Tracking.Metrics;

/// <summary>What the evaluator remembers of one truth across frames: for identity changes, segments and latency.</summary>
/// <remarks>Mutable; owned by one <see cref="EvaluationState"/>.</remarks>
internal sealed class TruthHistory(TruthClass truthClass, DateTimeOffset firstSeen)
{
    private long? _lastTrackId;
    private long? _runTrackId;
    private int _runLength;

    /// <summary>The class when first seen; a truth is counted in one class for its per-truth measures.</summary>
    public TruthClass Class { get; } = truthClass;

    /// <summary>The first frame it was in coverage.</summary>
    public DateTimeOffset FirstSeen { get; } = firstSeen;

    /// <summary>The first frame a confirmed track was assigned to it, if one was.</summary>
    public DateTimeOffset? FirstConfirmed { get; private set; }

    /// <summary>In-coverage samples.</summary>
    public int Samples { get; private set; }

    /// <summary>The longest run of consecutive in-coverage samples assigned to one track id.</summary>
    public int LongestRun { get; private set; }

    /// <summary>Records a sample with a track assigned.</summary>
    /// <returns>True when the track id differs from the last one assigned to this truth (a track-number change).</returns>
    public bool Assigned(long trackId, bool confirmed, DateTimeOffset time)
    {
        Samples++;
        if (confirmed)
        {
            FirstConfirmed ??= time;
        }

        var changed = _lastTrackId is { } last && last != trackId;
        _lastTrackId = trackId;
        _runLength = _runTrackId == trackId ? _runLength + 1 : 1;
        _runTrackId = trackId;
        LongestRun = Math.Max(LongestRun, _runLength);
        return changed;
    }

    /// <summary>Records a sample with no track assigned: it ends the current segment, not the identity.</summary>
    public void Missed()
    {
        Samples++;
        _runTrackId = null;
        _runLength = 0;
    }
}
