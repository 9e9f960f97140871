namespace Entente.Tracking.Metrics;

/// <summary>The first detection of a truth and its latest few, enough to tell whether it is in coverage.</summary>
/// <remarks>Mutable; owned by one <see cref="TrackingEvaluator"/>.</remarks>
internal sealed class DetectionTimes(int kept)
{
    private readonly DateTimeOffset[] _latest = new DateTimeOffset[kept];
    private int _count;
    private int _next;

    /// <summary>The first detection.</summary>
    public DateTimeOffset First { get; private set; } = DateTimeOffset.MaxValue;

    /// <summary>Where latency starts: the first of the detections that first put the truth in coverage (earlier ones,
    /// scattered plots at the edge of the radars' reach, are not something a tracker could have confirmed).</summary>
    public DateTimeOffset? CoverageStart { get; set; }

    /// <summary>The oldest of the latest <c>kept</c> detections, once there are that many.</summary>
    public DateTimeOffset? Oldest => _count < _latest.Length ? null : _latest[_next];

    /// <summary>Adds a detection; detections come in time order.</summary>
    public void Add(DateTimeOffset time)
    {
        First = time < First ? time : First;
        _latest[_next] = time;
        _next = (_next + 1) % _latest.Length;
        _count = Math.Min(_count + 1, _latest.Length);
    }
}
