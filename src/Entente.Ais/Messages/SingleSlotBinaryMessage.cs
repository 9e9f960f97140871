using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 25: single slot binary message, addressed or broadcast, with or without an application identifier
/// (ITU-R M.1371-5 §3.24, at most 168 bits).
/// </summary>
public readonly record struct SingleSlotBinaryMessage : IAisMessage
{
    /// <summary>The longest message: one slot.</summary>
    public const int MaximumBits = 168;

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

    /// <summary>The binary data after the header.</summary>
    public AisBinaryData Data { get; init; }

    /// <summary>The designated area code, or null when unstructured.</summary>
    public int? DesignatedAreaCode => IsStructured ? ApplicationId >> 6 : null;

    /// <summary>The function identifier, or null when unstructured.</summary>
    public int? FunctionIdentifier => IsStructured ? ApplicationId & 63 : null;

    /// <summary>Reads the message from a payload.</summary>
    /// <param name="payload">A payload of type 25.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong, the payload too short for its header, or longer than 168 bits.</returns>
    public static bool TryRead(in AisPayload payload, out SingleSlotBinaryMessage message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 25)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (!SlotBinaryHeader.TryRead(payload, 0, out var header, out error))
        {
            return false;
        }

        if (payload.BitLength > MaximumBits)
        {
            error = AisErrorKind.BadMessageLength;
            return false;
        }

        message = new SingleSlotBinaryMessage
        {
            MessageType = 25,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            IsAddressed = header.IsAddressed,
            IsStructured = header.IsStructured,
            DestinationMmsi = header.DestinationMmsi,
            ApplicationId = header.ApplicationId,
            Data = payload.Bits(header.DataStart, payload.BitLength - header.DataStart),
        };
        error = AisErrorKind.None;
        return true;
    }
}
