using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 18: the standard class B position report (ITU-R M.1371-5 §3.17, 168 bits).</summary>
public readonly record struct PositionReportClassB : IAisMessage
{
    /// <summary>The length the standard gives, in bits; longer payloads are read, as gpsd reads them.</summary>
    public const int StandardBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The 8 bits after the MMSI reserved for regional applications (gpsd's <c>reserved</c>).</summary>
    public int RegionalReserved { get; init; }

    /// <summary>Raw speed over ground in 1/10 knot; 1023 not available, 1022 means 102.2 knots or more.</summary>
    public int SpeedOverGroundTenthsKnot { get; init; }

    /// <summary>True when the position accuracy is better than 10 m (DGNSS).</summary>
    public bool PositionAccuracyHigh { get; init; }

    /// <summary>Raw longitude in 1/10000 minute; 181° not available.</summary>
    public int LongitudeTenThousandthsMinute { get; init; }

    /// <summary>Raw latitude in 1/10000 minute; 91° not available.</summary>
    public int LatitudeTenThousandthsMinute { get; init; }

    /// <summary>Raw course over ground in 1/10 degree; 3600 not available.</summary>
    public int CourseOverGroundTenthsDegree { get; init; }

    /// <summary>Raw true heading in degrees; 511 not available.</summary>
    public int TrueHeadingRaw { get; init; }

    /// <summary>Raw UTC second of the report: 0–59, 60 not available, 61–63 special.</summary>
    public int TimeStampRaw { get; init; }

    /// <summary>The two spare bits after the time stamp (gpsd's <c>regional</c>).</summary>
    public int Spare { get; init; }

    /// <summary>True for a carrier-sense ("CS") unit, false for a self-organised ("SO") unit.</summary>
    public bool IsCarrierSenseUnit { get; init; }

    /// <summary>True when the unit has a display for messages 12 and 14.</summary>
    public bool HasDisplay { get; init; }

    /// <summary>True when the unit has a DSC function (dedicated or time-shared).</summary>
    public bool HasDsc { get; init; }

    /// <summary>True when the unit can use the whole marine band (channel assignments by message 22).</summary>
    public bool CanUseWholeBand { get; init; }

    /// <summary>True when the unit accepts frequency management by message 22.</summary>
    public bool AcceptsMessage22 { get; init; }

    /// <summary>True in assigned mode, false in autonomous mode.</summary>
    public bool IsAssignedMode { get; init; }

    /// <summary>True when RAIM is in use.</summary>
    public bool Raim { get; init; }

    /// <summary>
    /// The 20 radio bits as gpsd's <c>radio</c>: the communication state selector (1 = ITDMA, in bit 19) and the
    /// 19-bit communication state.
    /// </summary>
    public int RadioStatus { get; init; }

    /// <summary>True when <see cref="CommunicationState"/> is an ITDMA state, false for SOTDMA.</summary>
    public bool CommunicationStateIsItdma => (RadioStatus >> 19) != 0;

    /// <summary>The 19-bit SOTDMA or ITDMA communication state.</summary>
    public int CommunicationState => RadioStatus & 0x7FFFF;

    /// <summary>Speed over ground in knots, or null when not available.</summary>
    public double? SpeedOverGroundKnots => AisFields.SpeedKnotsTenths(SpeedOverGroundTenthsKnot);

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => AisFields.LongitudeDegrees(LongitudeTenThousandthsMinute);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => AisFields.LatitudeDegrees(LatitudeTenThousandthsMinute);

    /// <summary>Course over ground in degrees, or null when not available.</summary>
    public double? CourseOverGroundDegrees => AisFields.CourseDegreesTenths(CourseOverGroundTenthsDegree);

    /// <summary>True heading in degrees, or null when not available.</summary>
    public int? TrueHeadingDegrees => AisFields.HeadingDegrees(TrueHeadingRaw);

    /// <summary>The UTC second of the report, or null when not available.</summary>
    public int? TimeStampSecond => AisFields.UtcSecond(TimeStampRaw);

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 18.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the payload shorter than 168 bits.</returns>
    public static bool TryRead(in AisPayload payload, out PositionReportClassB message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 18)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < StandardBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new PositionReportClassB
        {
            MessageType = 18,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            RegionalReserved = (int)payload.Field(38, 8),
            SpeedOverGroundTenthsKnot = (int)payload.Field(46, 10),
            PositionAccuracyHigh = payload.Flag(56),
            LongitudeTenThousandthsMinute = payload.TwosComplement(57, 28),
            LatitudeTenThousandthsMinute = payload.TwosComplement(85, 27),
            CourseOverGroundTenthsDegree = (int)payload.Field(112, 12),
            TrueHeadingRaw = (int)payload.Field(124, 9),
            TimeStampRaw = (int)payload.Field(133, 6),
            Spare = (int)payload.Field(139, 2),
            IsCarrierSenseUnit = payload.Flag(141),
            HasDisplay = payload.Flag(142),
            HasDsc = payload.Flag(143),
            CanUseWholeBand = payload.Flag(144),
            AcceptsMessage22 = payload.Flag(145),
            IsAssignedMode = payload.Flag(146),
            Raim = payload.Flag(147),
            RadioStatus = (int)payload.Field(148, 20),
        };
        error = AisErrorKind.None;
        return true;
    }
}
