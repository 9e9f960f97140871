namespace Entente.Ais.Reassembly;

/// <summary>The fragments of one multi-sentence message received so far. Reused once the group completes or expires.</summary>
internal sealed class PendingGroup
{
    private const int MaxFragments = 9;

    private readonly byte[]?[] _fragments = new byte[MaxFragments][];
    private readonly int[] _lengths = new int[MaxFragments];

    public bool InUse { get; private set; }

    public GroupKey Key { get; private set; }

    public long FirstSentenceNumber { get; private set; }

    public int ReceivedMask { get; private set; }

    public int LastFillBits { get; private set; }

    public bool ChecksumMissing { get; set; }

    public string? Talker { get; private set; }

    public char? Channel { get; private set; }

    public bool IsOwnShip { get; private set; }

    public string? Source { get; private set; }

    public long? UnixTimeMilliseconds { get; private set; }

    public bool IsComplete => ReceivedMask == (1 << Key.Count) - 1;

    public void Start(GroupKey key, long sentenceNumber)
    {
        InUse = true;
        Key = key;
        FirstSentenceNumber = sentenceNumber;
        ReceivedMask = 0;
        ChecksumMissing = false;
        Talker = null;
        Channel = null;
        Source = null;
        UnixTimeMilliseconds = null;
    }

    public bool Has(int fragmentNumber) => (ReceivedMask & (1 << (fragmentNumber - 1))) != 0;

    public void Add(int fragmentNumber, ReadOnlySpan<byte> payload, int fillBits, in FragmentFacts facts)
    {
        var index = fragmentNumber - 1;
        var buffer = _fragments[index];
        if (buffer is null || buffer.Length < payload.Length)
        {
            buffer = new byte[Math.Max(128, payload.Length)];
            _fragments[index] = buffer;
        }

        payload.CopyTo(buffer);
        _lengths[index] = payload.Length;
        ReceivedMask |= 1 << index;
        ChecksumMissing |= facts.ChecksumMissing;
        if (fragmentNumber == Key.Count)
        {
            LastFillBits = fillBits;
        }

        // The first fragment's facts describe the message; later ones fill what it lacked.
        if (fragmentNumber == 1 || Talker is null)
        {
            Talker = facts.Talker;
            Channel = facts.Channel ?? Channel;
            IsOwnShip = facts.IsOwnShip;
        }

        Source ??= facts.Source;
        if (fragmentNumber == 1 || UnixTimeMilliseconds is null)
        {
            UnixTimeMilliseconds = facts.UnixTimeMilliseconds ?? UnixTimeMilliseconds;
        }
    }

    public ReadOnlySpan<byte> Fragment(int fragmentNumber) => _fragments[fragmentNumber - 1].AsSpan(0, _lengths[fragmentNumber - 1]);

    public void Release() => InUse = false;
}
