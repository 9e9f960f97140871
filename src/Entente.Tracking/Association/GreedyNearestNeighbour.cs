using Entente.Tracking.Hypothesisers;

namespace Entente.Tracking.Association;

/// <summary>Greedy nearest neighbour: takes the cheapest hypothesis, removes its track and detection, and repeats. Faster
/// than <see cref="GlobalNearestNeighbour"/> but not optimal where tracks compete; kept for comparison.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class GreedyNearestNeighbour : IDataAssociator
{
    /// <inheritdoc />
    public IReadOnlyList<Hypothesis> Associate(IReadOnlyList<Hypothesis> hypotheses)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        var usedTracks = new HashSet<int>();
        var usedDetections = new HashSet<int>();
        var chosen = new List<Hypothesis>();
        foreach (var h in hypotheses.OrderBy(h => h.Cost).ThenBy(h => h.Track).ThenBy(h => h.Detection))
        {
            if (!usedTracks.Contains(h.Track) && !usedDetections.Contains(h.Detection))
            {
                usedTracks.Add(h.Track);
                usedDetections.Add(h.Detection);
                chosen.Add(h);
            }
        }

        chosen.Sort((a, b) => a.Detection.CompareTo(b.Detection));
        return chosen;
    }
}
