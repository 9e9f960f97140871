namespace Entente.Ais.Decoding;

/// <summary>Why a line or message was rejected. Every rejection is counted by kind; none is thrown.</summary>
public enum AisErrorKind
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The line is longer than the decoder accepts.</summary>
    LineTooLong,

    /// <summary>The line was cut off: its connection closed before the line ended.</summary>
    LineCutOff,

    /// <summary>The sentence does not have the seven AIVDM/AIVDO fields.</summary>
    MalformedSentence,

    /// <summary>The checksum after '*' does not match the sentence.</summary>
    BadChecksum,

    /// <summary>The fragment count, fragment number or sequence id is not a valid number.</summary>
    BadFragmentFields,

    /// <summary>The fill-bit count is not 0 to 5.</summary>
    BadFillBits,

    /// <summary>The payload holds a character outside the six-bit armour.</summary>
    BadPayloadCharacter,

    /// <summary>The payload is empty.</summary>
    EmptyPayload,

    /// <summary>A fragment repeats one already held for its group.</summary>
    DuplicateFragment,

    /// <summary>A fragment disagrees with its group (count or channel), or cannot join any group.</summary>
    InconsistentFragment,

    /// <summary>An incomplete group was dropped because it aged out or room was needed.</summary>
    IncompleteGroupExpired,

    /// <summary>The reassembled payload is longer than any AIS message.</summary>
    PayloadTooLong,

    /// <summary>The message type is 0 or above 27.</summary>
    UnknownMessageType,

    /// <summary>The payload has fewer bits than the message type needs.</summary>
    MessageTooShort,

    /// <summary>The payload's length is not one the message type allows (for example a type 24 part that is neither A nor B).</summary>
    BadMessageLength,

    /// <summary>A field holds a value the message type does not allow (for example a type 24 part number above 1).</summary>
    BadFieldValue,
}
