namespace Entente.Ais.Decoding;

/// <summary>Running counts of an <see cref="AisDecoder"/>: lines, messages by type, errors by kind, and flags.</summary>
public sealed class AisDecoderStatistics
{
    private readonly long[] _messagesByType = new long[28];
    private readonly long[] _errorsByKind = new long[Enum.GetValues<AisErrorKind>().Length];

    /// <summary>Lines seen, blank and comment lines included.</summary>
    public long Lines { get; private set; }

    /// <summary>AIVDM/AIVDO sentences parsed.</summary>
    public long Sentences { get; private set; }

    /// <summary>Lines that were not AIS (other NMEA sentences, text): skipped.</summary>
    public long NotAis { get; private set; }

    /// <summary>Messages decoded, all types.</summary>
    public long Messages { get; private set; }

    /// <summary>Sentences accepted without a checksum.</summary>
    public long MissingChecksums { get; private set; }

    /// <summary>Tag blocks that were unclosed or had a wrong checksum, and were ignored.</summary>
    public long TagBlocksIgnored { get; private set; }

    /// <summary>Errors, all kinds.</summary>
    public long Errors { get; private set; }

    /// <summary>Messages decoded of one type.</summary>
    /// <param name="messageType">1 to 27.</param>
    /// <returns>The count.</returns>
    public long MessagesOfType(int messageType) => messageType is >= 1 and <= 27 ? _messagesByType[messageType] : 0;

    /// <summary>Errors of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    public long ErrorsOfKind(AisErrorKind kind) => (uint)kind < (uint)_errorsByKind.Length ? _errorsByKind[(int)kind] : 0;

    internal void CountLine() => Lines++;

    internal void CountSentence(bool checksumMissing, bool tagBlockIgnored)
    {
        Sentences++;
        if (checksumMissing)
        {
            MissingChecksums++;
        }

        if (tagBlockIgnored)
        {
            TagBlocksIgnored++;
        }
    }

    internal void CountNotAis() => NotAis++;

    internal void CountMessage(int messageType)
    {
        Messages++;
        _messagesByType[messageType]++;
    }

    internal void UncountMessage(int messageType)
    {
        if (messageType is >= 1 and <= 27 && _messagesByType[messageType] > 0)
        {
            Messages--;
            _messagesByType[messageType]--;
        }
    }

    internal void CountError(AisErrorKind kind, int count = 1)
    {
        Errors += count;
        _errorsByKind[(int)kind] += count;
    }
}
