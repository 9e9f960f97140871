using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 26: multiple slot binary message with communication state, addressed or broadcast, with or without an
/// application identifier (ITU-R M.1371-5 §3.25, up to five slots).
/// </summary>
public readonly record struct MultipleSlotBinaryMessage : IAisMessage
{
    /// <summary>The longest message: five slots.</summary>
    public const int MaximumBits = 1064;

    /// <summary>The radio status bits that end the message.</summary>
    public const int RadioBits = 20;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>True when the message is addressed to <see cref="DestinationMmsi"/>, false when broadcast.</summary>
    public bool IsAddressed { get; init; }

    /// <summary>True when the data starts with a 16-bit application identifier (<see cref="ApplicationId"/>).</summary>
    public bool IsStructured { get; init; }

    /// <summary>The destination's MMSI; 0 when broadcast.</summary>
    public int DestinationMmsi { get; init; }

    /// <summary>The 16-bit application identifier (10-bit DAC, 6-bit FID); 0 when unstructured.</summary>
    public int ApplicationId { get; init; }

    /// <summary>The binary data between the header and the radio status.</summary>
    public AisBinaryData Data { get; init; }

    /// <summary>
    /// The last 20 bits: the communication state selector (1 = ITDMA, in bit 19) and the 19-bit communication state.
    /// </summary>
    public int RadioStatus { get; init; }

    /// <summary>The designated area code, or null when unstructured.</summary>
    public int? DesignatedAreaCode => IsStructured ? ApplicationId >> 6 : null;

    /// <summary>The function identifier, or null when unstructured.</summary>
    public int? FunctionIdentifier => IsStructured ? ApplicationId & 63 : null;

    /// <summary>True when <see cref="CommunicationState"/> is an ITDMA state, false for SOTDMA.</summary>
    public bool CommunicationStateIsItdma => (RadioStatus >> 19) != 0;

    /// <summary>The 19-bit SOTDMA or ITDMA communication state.</summary>
    public int CommunicationState => RadioStatus & 0x7FFFF;

    /// <summary>The message's length in bits: header, data and radio status.</summary>
    public int BitLength => 40 + (IsAddressed ? 30 : 0) + (IsStructured ? 16 : 0) + Data.BitLength + RadioBits;

    /// <summary>Reads the message from a payload.</summary>
    /// <param name="payload">A payload of type 26.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong, the payload too short for header and radio status, or longer than 1064 bits.</returns>
    public static bool TryRead(in AisPayload payload, out MultipleSlotBinaryMessage message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 26)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (!SlotBinaryHeader.TryRead(payload, RadioBits, out var header, out error))
        {
            return false;
        }

        if (payload.BitLength > MaximumBits)
        {
            error = AisErrorKind.BadMessageLength;
            return false;
        }

        var radioStart = payload.BitLength - RadioBits;
        message = new MultipleSlotBinaryMessage
        {
            MessageType = 26,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            IsAddressed = header.IsAddressed,
            IsStructured = header.IsStructured,
            DestinationMmsi = header.DestinationMmsi,
            ApplicationId = header.ApplicationId,
            Data = payload.Bits(header.DataStart, radioStart - header.DataStart),
            RadioStatus = (int)payload.Field(radioStart, RadioBits),
        };
        error = AisErrorKind.None;
        return true;
    }
}
