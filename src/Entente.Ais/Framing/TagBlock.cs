namespace Entente.Ais.Framing;

/// <summary>
/// The NMEA 4.0 tag block in front of a sentence, e.g. <c>\s:r003669945,c:1241544035,g:1-2-1234*4A\</c>.
/// Only the fields Entente uses are kept; unknown fields are tolerated and skipped.
/// </summary>
/// <remarks>Values refer to the line they were parsed from; copy what must outlive it.</remarks>
public readonly ref struct TagBlock
{
    internal TagBlock(ReadOnlySpan<byte> source, long? unixTimeMilliseconds, int groupSentenceNumber, int groupSentenceCount, int groupId)
    {
        Source = source;
        UnixTimeMilliseconds = unixTimeMilliseconds;
        GroupSentenceNumber = groupSentenceNumber;
        GroupSentenceCount = groupSentenceCount;
        GroupId = groupId;
    }

    /// <summary>The <c>s:</c> source (receiver) name as ASCII bytes, empty when absent.</summary>
    public ReadOnlySpan<byte> Source { get; }

    /// <summary>The <c>c:</c> time as milliseconds since the UNIX epoch, or null when absent.</summary>
    /// <remarks>Feeds write seconds (10 digits) or milliseconds (13 digits); both are accepted.</remarks>
    public long? UnixTimeMilliseconds { get; }

    /// <summary>The <c>g:</c> sentence number within its group, 0 when there is no group.</summary>
    public int GroupSentenceNumber { get; }

    /// <summary>The <c>g:</c> number of sentences in the group, 0 when there is no group.</summary>
    public int GroupSentenceCount { get; }

    /// <summary>The <c>g:</c> group id, -1 when there is no group.</summary>
    public int GroupId { get; }

    /// <summary>Whether a <c>g:</c> group was present and valid.</summary>
    public bool HasGroup => GroupId >= 0;
}
