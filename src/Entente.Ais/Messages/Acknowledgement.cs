using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Messages 7 (binary acknowledge) and 13 (safety related acknowledge): receipt of addressed messages 6 or 12 from one
/// to four stations (ITU-R M.1371-5 §3.3.8.2.5 and §3.3.8.2.10, 72 to 168 bits).
/// </summary>
public readonly record struct Acknowledgement : IAisMessage
{
    /// <summary>The shortest length, one destination, in bits.</summary>
    public const int MinimumBits = 72;

    /// <summary>The longest length, four destinations, in bits.</summary>
    public const int MaximumBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits after the source.</summary>
    public int Spare { get; init; }

    /// <summary>The payload's length in bits; it says how many destinations the message carries.</summary>
    public int PayloadBits { get; init; }

    /// <summary>The first acknowledged station.</summary>
    public int DestinationMmsi1 { get; init; }

    /// <summary>The sequence number (0–3) of the message acknowledged to the first station.</summary>
    public int SequenceNumber1 { get; init; }

    /// <summary>The second acknowledged station; bits past the payload's end read as zero.</summary>
    public int DestinationMmsi2 { get; init; }

    /// <summary>The sequence number of the message acknowledged to the second station.</summary>
    public int SequenceNumber2 { get; init; }

    /// <summary>The third acknowledged station; bits past the payload's end read as zero.</summary>
    public int DestinationMmsi3 { get; init; }

    /// <summary>The sequence number of the message acknowledged to the third station.</summary>
    public int SequenceNumber3 { get; init; }

    /// <summary>The fourth acknowledged station; bits past the payload's end read as zero.</summary>
    public int DestinationMmsi4 { get; init; }

    /// <summary>The sequence number of the message acknowledged to the fourth station.</summary>
    public int SequenceNumber4 { get; init; }

    /// <summary>How many destinations the payload carries whole, 1 to 4.</summary>
    public int DestinationCount => Math.Clamp((PayloadBits - 40) / 32, 1, 4);

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 7 or 13.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length outside 72 to 168 bits.</returns>
    public static bool TryRead(in AisPayload payload, out Acknowledgement message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType is not (7 or 13))
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

        // Every slot is read whatever the length (missing bits read as zero), as gpsd reads them.
        message = new Acknowledgement
        {
            MessageType = payload.MessageType,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare = (int)payload.Field(38, 2),
            PayloadBits = payload.BitLength,
            DestinationMmsi1 = (int)payload.Field(40, 30),
            SequenceNumber1 = (int)payload.Field(70, 2),
            DestinationMmsi2 = (int)payload.Field(72, 30),
            SequenceNumber2 = (int)payload.Field(102, 2),
            DestinationMmsi3 = (int)payload.Field(104, 30),
            SequenceNumber3 = (int)payload.Field(134, 2),
            DestinationMmsi4 = (int)payload.Field(136, 30),
            SequenceNumber4 = (int)payload.Field(166, 2),
        };
        error = AisErrorKind.None;
        return true;
    }
}
