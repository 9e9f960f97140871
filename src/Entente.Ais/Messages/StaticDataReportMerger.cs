namespace Entente.Ais.Messages;

/// <summary>
/// Joins message 24 parts A and B into <see cref="StaticDataReport"/> records. Keeps the latest part of each kind per
/// MMSI, for at most <see cref="Capacity"/> MMSIs (the least recently heard is forgotten first), and yields a record
/// whenever a part arrives for an MMSI whose other part is known. Not thread-safe; reads no clock.
/// </summary>
public sealed class StaticDataReportMerger
{
    private readonly Dictionary<int, LinkedListNode<Entry>> _entries;
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>Creates a merger.</summary>
    /// <param name="capacity">How many MMSIs to remember, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is below 1.</exception>
    public StaticDataReportMerger(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _entries = new Dictionary<int, LinkedListNode<Entry>>(Math.Min(capacity, 1024));
    }

    /// <summary>How many MMSIs are remembered at most.</summary>
    public int Capacity { get; }

    /// <summary>How many MMSIs are remembered now.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds a part A.</summary>
    /// <param name="partA">The part.</param>
    /// <param name="report">The joined record when a part B of the same MMSI is known.</param>
    /// <returns>True when <paramref name="report"/> was made.</returns>
    public bool Add(in StaticDataReportPartA partA, out StaticDataReport report)
    {
        var entry = Touch(partA.Mmsi);
        entry.PartA = partA;
        entry.HasPartA = true;
        return Join(entry, out report);
    }

    /// <summary>Adds a part B.</summary>
    /// <param name="partB">The part.</param>
    /// <param name="report">The joined record when a part A of the same MMSI is known.</param>
    /// <returns>True when <paramref name="report"/> was made.</returns>
    public bool Add(in StaticDataReportPartB partB, out StaticDataReport report)
    {
        var entry = Touch(partB.Mmsi);
        entry.PartB = partB;
        entry.HasPartB = true;
        return Join(entry, out report);
    }

    /// <summary>Adds a part of either kind; other messages are ignored.</summary>
    /// <param name="message">The message.</param>
    /// <param name="report">The joined record when both parts of its MMSI are known.</param>
    /// <returns>True when <paramref name="report"/> was made.</returns>
    public bool Add(IAisMessage message, out StaticDataReport report)
    {
        switch (message)
        {
            case StaticDataReportPartA a:
                return Add(a, out report);
            case StaticDataReportPartB b:
                return Add(b, out report);
            default:
                report = default;
                return false;
        }
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        _entries.Clear();
        _recency.Clear();
    }

    private static bool Join(Entry entry, out StaticDataReport report)
    {
        if (entry.HasPartA && entry.HasPartB)
        {
            report = StaticDataReport.Combine(entry.PartA, entry.PartB);
            return true;
        }

        report = default;
        return false;
    }

    private Entry Touch(int mmsi)
    {
        if (_entries.TryGetValue(mmsi, out var node))
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }

        if (_entries.Count >= Capacity)
        {
            // Reuse the least recently heard station's node, so a full merger allocates nothing.
            node = _recency.Last!;
            _recency.RemoveLast();
            _entries.Remove(node.Value.Mmsi);
            node.Value.Reset(mmsi);
        }
        else
        {
            node = new LinkedListNode<Entry>(new Entry { Mmsi = mmsi });
        }

        _recency.AddFirst(node);
        _entries.Add(mmsi, node);
        return node.Value;
    }

    private sealed class Entry
    {
        public int Mmsi { get; set; }

        public bool HasPartA { get; set; }

        public bool HasPartB { get; set; }

        public StaticDataReportPartA PartA { get; set; }

        public StaticDataReportPartB PartB { get; set; }

        public void Reset(int mmsi)
        {
            Mmsi = mmsi;
            HasPartA = false;
            HasPartB = false;
            PartA = default;
            PartB = default;
        }
    }
}
