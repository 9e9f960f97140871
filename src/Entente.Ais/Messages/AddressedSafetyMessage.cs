using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 12: an addressed safety related text (ITU-R M.1371-5 §3.3.8.2.8, 72 to 1008 bits).</summary>
public readonly record struct AddressedSafetyMessage : IAisMessage
{
    /// <summary>The shortest length (no text), in bits.</summary>
    public const int MinimumBits = 72;

    /// <summary>The longest length (156 characters), in bits.</summary>
    public const int MaximumBits = 1008;

    /// <summary>The most characters the text can hold.</summary>
    public const int MaximumCharacters = 156;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The sequence number, 0 to 3, that a message 13 acknowledges.</summary>
    public int SequenceNumber { get; init; }

    /// <summary>The addressed station.</summary>
    public int DestinationMmsi { get; init; }

    /// <summary>True when the message is a retransmission.</summary>
    public bool Retransmitted { get; init; }

    /// <summary>The spare bit before the text.</summary>
    public int Spare { get; init; }

    /// <summary>The text, up to its first '@' and without trailing spaces; may be empty.</summary>
    public string Text { get; init; }

    /// <summary>Reads the message from a payload; allocates only the text.</summary>
    /// <param name="payload">A payload of type 12.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length outside 72 to 1008 bits.</returns>
    public static bool TryRead(in AisPayload payload, out AddressedSafetyMessage message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 12)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < MinimumBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        if (payload.BitLength > MaximumBits)
        {
            error = AisErrorKind.BadMessageLength;
            return false;
        }

        message = new AddressedSafetyMessage
        {
            MessageType = 12,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            SequenceNumber = (int)payload.Field(38, 2),
            DestinationMmsi = (int)payload.Field(40, 30),
            Retransmitted = payload.Flag(70),
            Spare = (int)payload.Field(71, 1),
            Text = payload.Text(72, 6 * Math.Min(MaximumCharacters, (payload.BitLength - 72) / 6)),
        };
        error = AisErrorKind.None;
        return true;
    }
}
