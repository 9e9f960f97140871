namespace Entente.Ais.Decoding;

/// <summary>Human-readable descriptions and stable names of <see cref="AisErrorKind"/>.</summary>
public static class AisErrorKinds
{
    /// <summary>All kinds that denote an error, in declaration order.</summary>
    public static IReadOnlyList<AisErrorKind> All { get; } = Enum.GetValues<AisErrorKind>().Where(k => k != AisErrorKind.None).ToArray();

    /// <summary>A stable kebab-case name for reports and metrics, e.g. "bad-checksum".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Name(AisErrorKind kind) => kind switch
    {
        AisErrorKind.None => "none",
        AisErrorKind.LineTooLong => "line-too-long",
        AisErrorKind.LineCutOff => "line-cut-off",
        AisErrorKind.MalformedSentence => "malformed-sentence",
        AisErrorKind.BadChecksum => "bad-checksum",
        AisErrorKind.BadFragmentFields => "bad-fragment-fields",
        AisErrorKind.BadFillBits => "bad-fill-bits",
        AisErrorKind.BadPayloadCharacter => "bad-payload-character",
        AisErrorKind.EmptyPayload => "empty-payload",
        AisErrorKind.DuplicateFragment => "duplicate-fragment",
        AisErrorKind.InconsistentFragment => "inconsistent-fragment",
        AisErrorKind.IncompleteGroupExpired => "incomplete-group-expired",
        AisErrorKind.PayloadTooLong => "payload-too-long",
        AisErrorKind.UnknownMessageType => "unknown-message-type",
        AisErrorKind.MessageTooShort => "message-too-short",
        AisErrorKind.BadMessageLength => "bad-message-length",
        AisErrorKind.BadFieldValue => "bad-field-value",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown AIS error kind."),
    };

    /// <summary>One sentence explaining the kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The explanation.</returns>
    public static string Describe(AisErrorKind kind) => kind switch
    {
        AisErrorKind.None => "no error",
        AisErrorKind.LineTooLong => "line is too long to be an AIS sentence",
        AisErrorKind.LineCutOff => "line was cut off when its connection closed",
        AisErrorKind.MalformedSentence => "sentence does not have the seven AIVDM/AIVDO fields",
        AisErrorKind.BadChecksum => "checksum does not match",
        AisErrorKind.BadFragmentFields => "fragment count, number or sequence id is not valid",
        AisErrorKind.BadFillBits => "fill bits are not 0 to 5",
        AisErrorKind.BadPayloadCharacter => "payload has a character outside the six-bit armour",
        AisErrorKind.EmptyPayload => "payload is empty",
        AisErrorKind.DuplicateFragment => "fragment repeats one already held",
        AisErrorKind.InconsistentFragment => "fragment disagrees with its group",
        AisErrorKind.IncompleteGroupExpired => "incomplete multi-sentence group expired",
        AisErrorKind.PayloadTooLong => "reassembled payload is longer than any AIS message",
        AisErrorKind.UnknownMessageType => "message type is not 1 to 27",
        AisErrorKind.MessageTooShort => "payload is shorter than the message type needs",
        AisErrorKind.BadMessageLength => "payload length is not one the message type allows",
        AisErrorKind.BadFieldValue => "a field holds a value the message type does not allow",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown AIS error kind."),
    };
}
