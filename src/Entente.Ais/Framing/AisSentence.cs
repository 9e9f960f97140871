namespace Entente.Ais.Framing;

/// <summary>
/// One framed AIVDM/AIVDO sentence: <c>!AIVDM,count,number,seqid,channel,payload,fill*hh</c>, with its tag block.
/// </summary>
/// <remarks>Spans refer to the line it was parsed from; copy what must outlive it.</remarks>
public readonly ref struct AisSentence
{
    internal AisSentence(
        TagBlock tagBlock,
        ReadOnlySpan<byte> talker,
        bool isOwnShip,
        int fragmentCount,
        int fragmentNumber,
        int sequenceId,
        byte channel,
        ReadOnlySpan<byte> payload,
        int fillBits,
        bool hasChecksum,
        bool tagBlockIgnored)
    {
        TagBlock = tagBlock;
        Talker = talker;
        IsOwnShip = isOwnShip;
        FragmentCount = fragmentCount;
        FragmentNumber = fragmentNumber;
        SequenceId = sequenceId;
        Channel = channel;
        Payload = payload;
        FillBits = fillBits;
        HasChecksum = hasChecksum;
        TagBlockIgnored = tagBlockIgnored;
    }

    /// <summary>The tag block, or an empty one.</summary>
    public TagBlock TagBlock { get; }

    /// <summary>The two-character talker id, e.g. "AI", "AB", "BS" (any two characters are accepted).</summary>
    public ReadOnlySpan<byte> Talker { get; }

    /// <summary>True for <c>VDO</c> (own ship), false for <c>VDM</c>.</summary>
    public bool IsOwnShip { get; }

    /// <summary>The number of sentences in the message, 1 to 9.</summary>
    public int FragmentCount { get; }

    /// <summary>This sentence's number within the message, 1 to <see cref="FragmentCount"/>.</summary>
    public int FragmentNumber { get; }

    /// <summary>The sequential message id for multi-sentence messages, or -1 when the field is empty.</summary>
    public int SequenceId { get; }

    /// <summary>The radio channel as an ASCII byte ('A', 'B', '1', '2', ...), or 0 when the field is empty.</summary>
    public byte Channel { get; }

    /// <summary>The armoured six-bit payload characters.</summary>
    public ReadOnlySpan<byte> Payload { get; }

    /// <summary>The number of fill bits at the end of the payload, 0 to 5.</summary>
    public int FillBits { get; }

    /// <summary>False when the sentence had no <c>*hh</c> checksum (accepted, and counted).</summary>
    public bool HasChecksum { get; }

    /// <summary>True when a tag block was present but unclosed or its checksum was wrong, so it was ignored.</summary>
    public bool TagBlockIgnored { get; }
}
