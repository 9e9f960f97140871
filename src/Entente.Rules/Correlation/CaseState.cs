namespace Entente.Rules.Correlation;

/// <summary>A case as the correlator works on it: its calls, its current and last reported hypotheses, its links.</summary>
internal sealed class CaseState(long number)
{
    public long Number { get; } = number;

    public List<CallState> Calls { get; } = [];

    public List<string> Callers { get; } = [];

    public Hypotheses Current { get; set; } = Hypotheses.NoTrack;

    /// <summary>The hypotheses as last told to the watch, against which a re-score is judged material.</summary>
    public Hypotheses Reported { get; set; } = Hypotheses.NoTrack;

    public SortedSet<long> Links { get; } = [];

    public DistressCase Snapshot { get; set; } = new(number);

    public DateTimeOffset LastCall => Calls.Max(c => c.Time);
}
