using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 17: GNSS broadcast binary message, differential corrections from a base station (ITU-R M.1371-5 §3.16).</summary>
public readonly record struct DgnssBroadcast : IAisMessage
{
    /// <summary>The shortest message: the header without correction data.</summary>
    public const int MinimumBits = 80;

    /// <summary>The longest message: 736 bits of correction data.</summary>
    public const int MaximumBits = 816;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits after the MMSI.</summary>
    public int Spare { get; init; }

    /// <summary>Raw longitude of the reference station in 1/10 minute; 181° not available.</summary>
    public int LongitudeTenthsMinute { get; init; }

    /// <summary>Raw latitude of the reference station in 1/10 minute; 91° not available.</summary>
    public int LatitudeTenthsMinute { get; init; }

    /// <summary>The five spare bits after the position.</summary>
    public int SparePosition { get; init; }

    /// <summary>The correction data (an RTCM SC-104 message), as raw bits.</summary>
    public AisBinaryData Data { get; init; }

    /// <summary>Longitude of the reference station in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => AisFields.LongitudeDegreesTenthMinute(LongitudeTenthsMinute);

    /// <summary>Latitude of the reference station in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => AisFields.LatitudeDegreesTenthMinute(LatitudeTenthsMinute);

    /// <summary>Reads the message from a payload.</summary>
    /// <param name="payload">A payload of type 17.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length outside 80 to 816 bits.</returns>
    public static bool TryRead(in AisPayload payload, out DgnssBroadcast message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 17)
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

        message = new DgnssBroadcast
        {
            MessageType = 17,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare = (int)payload.Field(38, 2),
            LongitudeTenthsMinute = payload.TwosComplement(40, 18),
            LatitudeTenthsMinute = payload.TwosComplement(58, 17),
            SparePosition = (int)payload.Field(75, 5),
            Data = payload.Bits(80, payload.BitLength - 80),
        };
        error = AisErrorKind.None;
        return true;
    }
}
