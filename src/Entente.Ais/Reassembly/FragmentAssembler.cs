using Entente.Ais.Payload;

namespace Entente.Ais.Reassembly;

/// <summary>
/// Joins the sentences of multi-sentence messages. Fragments may interleave with other groups and arrive in any
/// order. Memory is bounded: at most <see cref="MaxGroups"/> groups are held, and a group older than
/// <see cref="MaxAgeSentences"/> sentences is dropped; every dropped group is counted.
/// </summary>
internal sealed class FragmentAssembler
{
    private readonly PendingGroup[] _groups;
    private int _inUse;

    // No group is older than this sentence number; lets the per-sentence age check skip the scan.
    private long _oldestStart = long.MaxValue;

    public FragmentAssembler(int maxGroups, int maxAgeSentences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxGroups, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAgeSentences, 1);
        MaxGroups = maxGroups;
        MaxAgeSentences = maxAgeSentences;
        _groups = new PendingGroup[maxGroups];
        for (var i = 0; i < maxGroups; i++)
        {
            _groups[i] = new PendingGroup();
        }
    }

    public int MaxGroups { get; }

    public int MaxAgeSentences { get; }

    /// <summary>How many groups are waiting for fragments.</summary>
    public int PendingCount => _inUse;

    /// <summary>Adds a fragment.</summary>
    /// <param name="key">The group's key.</param>
    /// <param name="fragmentNumber">1 to <see cref="GroupKey.Count"/>.</param>
    /// <param name="payload">The fragment's armoured payload.</param>
    /// <param name="fillBits">The fragment's fill bits.</param>
    /// <param name="facts">The fragment's reception facts.</param>
    /// <param name="sentenceNumber">A counter that increases with every sentence, for ageing.</param>
    /// <param name="expired">How many groups were dropped to make room, to restart a group, or for age.</param>
    /// <returns>The group when this fragment completed it; it must be released after use.</returns>
    public PendingGroup? Add(GroupKey key, int fragmentNumber, ReadOnlySpan<byte> payload, int fillBits, in FragmentFacts facts, long sentenceNumber, out int expired)
    {
        expired = 0;
        var group = Find(key);
        if (group is not null && group.Has(fragmentNumber))
        {
            // The same fragment again means the earlier message lost a fragment and its id was reused.
            group.Release();
            _inUse--;
            expired++;
            group = null;
        }

        if (group is null)
        {
            group = FreeSlot(ref expired);
            group.Start(key, sentenceNumber);
            _oldestStart = Math.Min(_oldestStart, sentenceNumber);
            _inUse++;
        }

        group.Add(fragmentNumber, payload, fillBits, facts);
        if (!group.IsComplete)
        {
            return null;
        }

        _inUse--;
        return group;
    }

    /// <summary>Drops every pending group (end of input).</summary>
    /// <returns>How many were dropped.</returns>
    public int Flush()
    {
        var dropped = 0;
        foreach (var g in _groups)
        {
            if (g.InUse)
            {
                g.Release();
                dropped++;
            }
        }

        _inUse = 0;
        return dropped;
    }

    /// <summary>Copies a completed group's payload into the bit buffer.</summary>
    /// <param name="group">The completed group.</param>
    /// <param name="buffer">The destination.</param>
    /// <returns>False when a character is invalid or the payload is too long.</returns>
    public static bool Assemble(PendingGroup group, AisBitBuffer buffer)
    {
        buffer.Clear();
        for (var n = 1; n <= group.Key.Count; n++)
        {
            if (!buffer.Append(group.Fragment(n)))
            {
                return false;
            }
        }

        buffer.Complete(group.LastFillBits);
        return true;
    }

    private PendingGroup? Find(GroupKey key)
    {
        if (_inUse == 0)
        {
            return null;
        }

        foreach (var g in _groups)
        {
            if (g.InUse && g.Key == key)
            {
                return g;
            }
        }

        return null;
    }

    private PendingGroup FreeSlot(ref int expired)
    {
        PendingGroup? oldest = null;
        foreach (var g in _groups)
        {
            if (!g.InUse)
            {
                return g;
            }

            if (oldest is null || g.FirstSentenceNumber < oldest.FirstSentenceNumber)
            {
                oldest = g;
            }
        }

        // Full: the oldest group gives way.
        oldest!.Release();
        _inUse--;
        expired++;
        return oldest;
    }

    /// <summary>Drops groups that have waited more than <see cref="MaxAgeSentences"/> sentences.</summary>
    /// <param name="sentenceNumber">The current sentence counter.</param>
    /// <returns>How many were dropped.</returns>
    public int ExpireOld(long sentenceNumber)
    {
        if (_inUse == 0 || sentenceNumber - _oldestStart <= MaxAgeSentences)
        {
            return 0;
        }

        var expired = 0;
        var oldest = long.MaxValue;
        foreach (var g in _groups)
        {
            if (!g.InUse)
            {
                continue;
            }

            if (sentenceNumber - g.FirstSentenceNumber > MaxAgeSentences)
            {
                g.Release();
                _inUse--;
                expired++;
            }
            else
            {
                oldest = Math.Min(oldest, g.FirstSentenceNumber);
            }
        }

        _oldestStart = oldest;
        return expired;
    }
}
