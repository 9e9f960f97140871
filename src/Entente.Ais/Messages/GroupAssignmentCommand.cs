using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 23: group assignment command, a base station setting the reporting of the stations in an area
/// (ITU-R M.1371-5 §3.22, 160 bits).
/// </summary>
public readonly record struct GroupAssignmentCommand : IAisMessage
{
    /// <summary>The length the standard gives, in bits; longer payloads are read, as gpsd reads them.</summary>
    public const int StandardBits = 160;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits after the MMSI.</summary>
    public int Spare { get; init; }

    /// <summary>Raw longitude of the area's north-east corner in 1/10 minute.</summary>
    public int NorthEastLongitudeTenthsMinute { get; init; }

    /// <summary>Raw latitude of the area's north-east corner in 1/10 minute.</summary>
    public int NorthEastLatitudeTenthsMinute { get; init; }

    /// <summary>Raw longitude of the area's south-west corner in 1/10 minute.</summary>
    public int SouthWestLongitudeTenthsMinute { get; init; }

    /// <summary>Raw latitude of the area's south-west corner in 1/10 minute.</summary>
    public int SouthWestLatitudeTenthsMinute { get; init; }

    /// <summary>The stations addressed; reserved codes are kept as their numbers.</summary>
    public StationType StationType { get; init; }

    /// <summary>The type of ship and cargo addressed; 0 means all types.</summary>
    public ShipType ShipType { get; init; }

    /// <summary>The 22 spare bits after the ship type.</summary>
    public int SpareAfterShipType { get; init; }

    /// <summary>Transmit/receive mode: 0 both channels, 1 transmit on A only, 2 transmit on B only, 3 reserved.</summary>
    public int TxRxMode { get; init; }

    /// <summary>
    /// Raw reporting interval (ITU-R M.1371-5 table 77): 0 autonomous, 1 10 min, 2 6 min, 3 3 min, 4 1 min, 5 30 s,
    /// 6 15 s, 7 10 s, 8 5 s, 9 next shorter, 10 next longer, 11 2 s (class B "SO" only), 12 to 15 reserved.
    /// </summary>
    public int ReportingIntervalRaw { get; init; }

    /// <summary>How long the addressed stations keep quiet, in minutes; 0 means no quiet time.</summary>
    public int QuietTimeMinutes { get; init; }

    /// <summary>The six spare bits at the end.</summary>
    public int SpareEnd { get; init; }

    /// <summary>North-east corner longitude in degrees, or null when not available.</summary>
    public double? NorthEastLongitudeDegrees => AisFields.LongitudeDegreesTenthMinute(NorthEastLongitudeTenthsMinute);

    /// <summary>North-east corner latitude in degrees, or null when not available.</summary>
    public double? NorthEastLatitudeDegrees => AisFields.LatitudeDegreesTenthMinute(NorthEastLatitudeTenthsMinute);

    /// <summary>South-west corner longitude in degrees, or null when not available.</summary>
    public double? SouthWestLongitudeDegrees => AisFields.LongitudeDegreesTenthMinute(SouthWestLongitudeTenthsMinute);

    /// <summary>South-west corner latitude in degrees, or null when not available.</summary>
    public double? SouthWestLatitudeDegrees => AisFields.LatitudeDegreesTenthMinute(SouthWestLatitudeTenthsMinute);

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 23.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the payload shorter than 160 bits.</returns>
    public static bool TryRead(in AisPayload payload, out GroupAssignmentCommand message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 23)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < StandardBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new GroupAssignmentCommand
        {
            MessageType = 23,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare = (int)payload.Field(38, 2),
            NorthEastLongitudeTenthsMinute = payload.TwosComplement(40, 18),
            NorthEastLatitudeTenthsMinute = payload.TwosComplement(58, 17),
            SouthWestLongitudeTenthsMinute = payload.TwosComplement(75, 18),
            SouthWestLatitudeTenthsMinute = payload.TwosComplement(93, 17),
            StationType = (StationType)payload.Field(110, 4),
            ShipType = (ShipType)payload.Field(114, 8),
            SpareAfterShipType = (int)payload.Field(122, 22),
            TxRxMode = (int)payload.Field(144, 2),
            ReportingIntervalRaw = (int)payload.Field(146, 4),
            QuietTimeMinutes = (int)payload.Field(150, 4),
            SpareEnd = (int)payload.Field(154, 6),
        };
        error = AisErrorKind.None;
        return true;
    }
}
