using Entente.Tracking.Updaters;

namespace Entente.Tracking.Hypothesisers;

/// <summary>That a detection came from a track: the pair, the update it would make, and its cost.</summary>
/// <param name="Track">The track's index in the tracker's list.</param>
/// <param name="Detection">The detection's index in the step's batch.</param>
/// <param name="Update">The update the detection would make.</param>
/// <param name="Cost">The association cost; lower is likelier.</param>
/// <param name="HistoryIndex">Where the detection goes in the track's history: its end for an in-order detection,
/// earlier for a late one.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Hypothesis(int Track, int Detection, StateUpdate Update, double Cost, int HistoryIndex);
