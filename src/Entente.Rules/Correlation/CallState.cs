using Entente.Core.Projection;

namespace Entente.Rules.Correlation;

/// <summary>A call as the correlator works on it: its projected position and its likelihood against each track.</summary>
internal sealed class CallState(DistressCall call, ProjectedPoint? point)
{
    public DistressCall Call { get; set; } = call;

    public DateTimeOffset Time => Call.Time;

    /// <summary>The position on the Channel plane, or null when the call gave none that could be used.</summary>
    public ProjectedPoint? Point { get; } = point;

    public double SigmaMetres => Call.SigmaMetres ?? 0;

    /// <summary>Tracks within the gate: likelihood of the call's position, and distance.</summary>
    public Dictionary<long, CallTrackScore> Scores { get; } = [];

    /// <summary>How many tracks (in the order the correlator first saw them) have been scored against this call; later
    /// ones are scored when the case is next re-scored.</summary>
    public int ScoredThrough { get; set; }
}
