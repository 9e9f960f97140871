using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 10: a request to a station for its UTC date and time (ITU-R M.1371-5 §3.3.8.2.7, 72 bits).</summary>
public readonly record struct UtcDateInquiry : IAisMessage
{
    /// <summary>The length the standard gives, in bits.</summary>
    public const int StandardBits = 72;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits after the source.</summary>
    public int Spare1 { get; init; }

    /// <summary>The station asked.</summary>
    public int DestinationMmsi { get; init; }

    /// <summary>The two spare bits at the end.</summary>
    public int Spare2 { get; init; }

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 10.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the payload too short.</returns>
    public static bool TryRead(in AisPayload payload, out UtcDateInquiry message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 10)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < StandardBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new UtcDateInquiry
        {
            MessageType = 10,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare1 = (int)payload.Field(38, 2),
            DestinationMmsi = (int)payload.Field(40, 30),
            Spare2 = (int)payload.Field(70, 2),
        };
        error = AisErrorKind.None;
        return true;
    }
}
