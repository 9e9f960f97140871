using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 16: a competent authority assigns reporting slots or rates to one or two stations (ITU-R M.1371-5
/// §3.3.8.2.14, 96 bits for one station, 144 for two).
/// </summary>
public readonly record struct AssignedModeCommand : IAisMessage
{
    /// <summary>The length for one station, in bits.</summary>
    public const int OneStationBits = 96;

    /// <summary>The length for two stations, in bits.</summary>
    public const int TwoStationBits = 144;

    /// <summary>The longest length accepted, in bits.</summary>
    public const int MaximumBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits after the source.</summary>
    public int Spare { get; init; }

    /// <summary>The payload's length in bits; it says whether a second station is addressed.</summary>
    public int PayloadBits { get; init; }

    /// <summary>The first station assigned.</summary>
    public int DestinationMmsiA { get; init; }

    /// <summary>The first station's slot offset, or its reports per 10 minutes when <see cref="IncrementA"/> is 0.</summary>
    public int OffsetA { get; init; }

    /// <summary>The first station's slot increment; 0 makes <see cref="OffsetA"/> a reporting rate.</summary>
    public int IncrementA { get; init; }

    /// <summary>The second station assigned; 0 when the payload is shorter than 144 bits.</summary>
    public int DestinationMmsiB { get; init; }

    /// <summary>The second station's slot offset or reporting rate; 0 when there is no second station.</summary>
    public int OffsetB { get; init; }

    /// <summary>The second station's slot increment; 0 when there is no second station.</summary>
    public int IncrementB { get; init; }

    /// <summary>True when the payload addresses a second station (144 bits or more).</summary>
    public bool HasStationB => PayloadBits >= TwoStationBits;

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 16.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length outside 96 to 168 bits.</returns>
    public static bool TryRead(in AisPayload payload, out AssignedModeCommand message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 16)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < OneStationBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        if (payload.BitLength > MaximumBits)
        {
            error = AisErrorKind.BadMessageLength;
            return false;
        }

        // Below 144 bits the bits after station A are padding, not a partial station B.
        var two = payload.BitLength >= TwoStationBits;
        message = new AssignedModeCommand
        {
            MessageType = 16,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare = (int)payload.Field(38, 2),
            PayloadBits = payload.BitLength,
            DestinationMmsiA = (int)payload.Field(40, 30),
            OffsetA = (int)payload.Field(70, 12),
            IncrementA = (int)payload.Field(82, 10),
            DestinationMmsiB = two ? (int)payload.Field(92, 30) : 0,
            OffsetB = two ? (int)payload.Field(122, 12) : 0,
            IncrementB = two ? (int)payload.Field(134, 10) : 0,
        };
        error = AisErrorKind.None;
        return true;
    }
}
