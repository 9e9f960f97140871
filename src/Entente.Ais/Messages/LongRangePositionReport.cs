using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 27: position report for long-range applications, typically received by satellite (ITU-R M.1371-5 §3.26,
/// 96 bits). Some transmitters fill a whole 168-bit slot; those are read too, as gpsd reads them.
/// </summary>
public readonly record struct LongRangePositionReport : IAisMessage
{
    /// <summary>The length the standard gives, in bits.</summary>
    public const int StandardBits = 96;

    /// <summary>The other length accepted: a full slot.</summary>
    public const int FullSlotBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>True when the position accuracy is better than 10 m (DGNSS).</summary>
    public bool PositionAccuracyHigh { get; init; }

    /// <summary>True when RAIM is in use.</summary>
    public bool Raim { get; init; }

    /// <summary>Navigational status.</summary>
    public NavigationStatus NavigationStatus { get; init; }

    /// <summary>Raw longitude in 1/10 minute; 181° not available.</summary>
    public int LongitudeTenthsMinute { get; init; }

    /// <summary>Raw latitude in 1/10 minute; 91° not available.</summary>
    public int LatitudeTenthsMinute { get; init; }

    /// <summary>Raw speed over ground in whole knots, 0 to 62; 63 not available.</summary>
    public int SpeedOverGroundKnotsRaw { get; init; }

    /// <summary>Raw course over ground in whole degrees, 0 to 359; 511 not available.</summary>
    public int CourseOverGroundDegreesRaw { get; init; }

    /// <summary>The position latency flag: true when the position is not the current GNSS position (the default), false when it is.</summary>
    public bool PositionNotCurrent { get; init; }

    /// <summary>The spare bit.</summary>
    public int Spare { get; init; }

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => AisFields.LongitudeDegreesTenthMinute(LongitudeTenthsMinute);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => AisFields.LatitudeDegreesTenthMinute(LatitudeTenthsMinute);

    /// <summary>Speed over ground in knots, or null when not available.</summary>
    public int? SpeedOverGroundKnots => SpeedOverGroundKnotsRaw is >= 0 and < 63 ? SpeedOverGroundKnotsRaw : null;

    /// <summary>Course over ground in degrees, or null when not available.</summary>
    public int? CourseOverGroundDegrees => CourseOverGroundDegreesRaw is >= 0 and < 360 ? CourseOverGroundDegreesRaw : null;

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 27.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length neither 96 nor 168 bits.</returns>
    public static bool TryRead(in AisPayload payload, out LongRangePositionReport message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 27)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength is not (StandardBits or FullSlotBits))
        {
            error = payload.BitLength < StandardBits ? AisErrorKind.MessageTooShort : AisErrorKind.BadMessageLength;
            return false;
        }

        message = new LongRangePositionReport
        {
            MessageType = 27,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            PositionAccuracyHigh = payload.Flag(38),
            Raim = payload.Flag(39),
            NavigationStatus = (NavigationStatus)payload.Field(40, 4),
            LongitudeTenthsMinute = payload.TwosComplement(44, 18),
            LatitudeTenthsMinute = payload.TwosComplement(62, 17),
            SpeedOverGroundKnotsRaw = (int)payload.Field(79, 6),
            CourseOverGroundDegreesRaw = (int)payload.Field(85, 9),
            PositionNotCurrent = payload.Flag(94),
            Spare = (int)payload.Field(95, 1),
        };
        error = AisErrorKind.None;
        return true;
    }
}
