using Entente.Tracking.Hypothesisers;

namespace Entente.Tracking.Association;

/// <summary>
/// Global nearest neighbour: tracks and detections linked by gated hypotheses form clusters, and each cluster is
/// assigned on its own by <see cref="LinearAssignment"/> (most pairs first, then least total cost). The cost grows with
/// the size of the clusters, not with the square of the whole picture.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class GlobalNearestNeighbour : IDataAssociator
{
    /// <inheritdoc />
    public IReadOnlyList<Hypothesis> Associate(IReadOnlyList<Hypothesis> hypotheses)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        var chosen = new List<Hypothesis>();
        foreach (var cluster in Clusters(hypotheses))
        {
            Assign(cluster, chosen);
        }

        chosen.Sort((a, b) => a.Detection.CompareTo(b.Detection));
        return chosen;
    }

    private static List<List<Hypothesis>> Clusters(IReadOnlyList<Hypothesis> hypotheses)
    {
        // Union–find over track and detection nodes, numbered as they first appear.
        var trackNode = new Dictionary<int, int>();
        var detectionNode = new Dictionary<int, int>();
        var parent = new List<int>();
        int Node(Dictionary<int, int> map, int key)
        {
            if (!map.TryGetValue(key, out var node))
            {
                node = parent.Count;
                parent.Add(node);
                map.Add(key, node);
            }

            return node;
        }

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        foreach (var h in hypotheses)
        {
            var a = Find(Node(trackNode, h.Track));
            var b = Find(Node(detectionNode, h.Detection));
            if (a != b)
            {
                parent[a] = b;
            }
        }

        var clusters = new Dictionary<int, List<Hypothesis>>();
        var order = new List<List<Hypothesis>>();
        foreach (var h in hypotheses)
        {
            var root = Find(trackNode[h.Track]);
            if (!clusters.TryGetValue(root, out var list))
            {
                list = [];
                clusters.Add(root, list);
                order.Add(list);
            }

            list.Add(h);
        }

        return order;
    }

    private static void Assign(List<Hypothesis> cluster, List<Hypothesis> chosen)
    {
        if (cluster.Count == 1)
        {
            chosen.Add(cluster[0]);
            return;
        }

        var rows = new Dictionary<int, int>();
        var columns = new Dictionary<int, int>();
        foreach (var h in cluster)
        {
            rows.TryAdd(h.Track, rows.Count);
            columns.TryAdd(h.Detection, columns.Count);
        }

        var costs = new double[rows.Count, columns.Count];
        var pairs = new Hypothesis?[rows.Count, columns.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < columns.Count; j++)
            {
                costs[i, j] = double.PositiveInfinity;
            }
        }

        foreach (var h in cluster)
        {
            var (i, j) = (rows[h.Track], columns[h.Detection]);
            costs[i, j] = h.Cost;
            pairs[i, j] = h;
        }

        var solution = LinearAssignment.Solve(costs);
        for (var i = 0; i < solution.Length; i++)
        {
            if (solution[i] >= 0)
            {
                chosen.Add(pairs[i, solution[i]]!);
            }
        }
    }
}
