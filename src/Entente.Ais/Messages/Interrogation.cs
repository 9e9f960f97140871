using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 15: a request to one or two stations for specific messages (ITU-R M.1371-5 §3.3.8.2.13, 88 to 160 bits):
/// one station for one message (88 bits), one station for two (110 or 112 bits), or two stations (160 bits).
/// </summary>
public readonly record struct Interrogation : IAisMessage
{
    /// <summary>The shortest length, one request, in bits.</summary>
    public const int MinimumBits = 88;

    /// <summary>The longest length accepted, in bits: the standard's 160 plus the byte alignment some stations add.</summary>
    public const int MaximumBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits after the source.</summary>
    public int Spare1 { get; init; }

    /// <summary>The payload's length in bits; it says which requests the message carries.</summary>
    public int PayloadBits { get; init; }

    /// <summary>The first interrogated station.</summary>
    public int FirstStationMmsi { get; init; }

    /// <summary>The message type requested first from the first station.</summary>
    public int FirstStationFirstMessageType { get; init; }

    /// <summary>The slot offset for the response to the first request (0: the station chooses).</summary>
    public int FirstStationFirstSlotOffset { get; init; }

    /// <summary>The two spare bits after the first request.</summary>
    public int Spare2 { get; init; }

    /// <summary>The message type requested second from the first station; bits past the payload's end read as zero.</summary>
    public int FirstStationSecondMessageType { get; init; }

    /// <summary>The slot offset for the response to the second request.</summary>
    public int FirstStationSecondSlotOffset { get; init; }

    /// <summary>The two spare bits after the second request.</summary>
    public int Spare3 { get; init; }

    /// <summary>The second interrogated station; bits past the payload's end read as zero.</summary>
    public int SecondStationMmsi { get; init; }

    /// <summary>The message type requested from the second station.</summary>
    public int SecondStationMessageType { get; init; }

    /// <summary>The slot offset for the second station's response.</summary>
    public int SecondStationSlotOffset { get; init; }

    /// <summary>The two spare bits at the end.</summary>
    public int Spare4 { get; init; }

    /// <summary>True when the payload carries a second request to the first station (110 bits or more).</summary>
    public bool HasFirstStationSecondRequest => PayloadBits >= 110;

    /// <summary>True when the payload carries a request to a second station (160 bits or more).</summary>
    public bool HasSecondStation => PayloadBits >= 160;

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 15.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length outside 88 to 168 bits.</returns>
    public static bool TryRead(in AisPayload payload, out Interrogation message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 15)
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

        // Every field is read whatever the length (missing bits read as zero), as gpsd reads them.
        message = new Interrogation
        {
            MessageType = 15,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare1 = (int)payload.Field(38, 2),
            PayloadBits = payload.BitLength,
            FirstStationMmsi = (int)payload.Field(40, 30),
            FirstStationFirstMessageType = (int)payload.Field(70, 6),
            FirstStationFirstSlotOffset = (int)payload.Field(76, 12),
            Spare2 = (int)payload.Field(88, 2),
            FirstStationSecondMessageType = (int)payload.Field(90, 6),
            FirstStationSecondSlotOffset = (int)payload.Field(96, 12),
            Spare3 = (int)payload.Field(108, 2),
            SecondStationMmsi = (int)payload.Field(110, 30),
            SecondStationMessageType = (int)payload.Field(140, 6),
            SecondStationSlotOffset = (int)payload.Field(146, 12),
            Spare4 = (int)payload.Field(158, 2),
        };
        error = AisErrorKind.None;
        return true;
    }
}
