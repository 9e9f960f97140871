using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 19: the extended class B position report, with name, type and dimensions (ITU-R M.1371-5 §3.18, 312 bits).</summary>
public readonly record struct ExtendedPositionReportClassB : IAisMessage
{
    /// <summary>The length the standard gives, in bits; longer payloads are read, as gpsd reads them.</summary>
    public const int StandardBits = 312;

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

    /// <summary>The 4 bits after the time stamp reserved for regional applications (gpsd's <c>regional</c>).</summary>
    public int RegionalReservedAfterTimeStamp { get; init; }

    /// <summary>The ship's name, up to 20 characters; empty when not available.</summary>
    public string Name { get; init; }

    /// <summary>Type of ship and cargo; codes without a name are kept as their numbers.</summary>
    public ShipType ShipType { get; init; }

    /// <summary>Distance from the reference point to the bow in metres; 0 not available, 511 means 511 m or more.</summary>
    public int ToBowMetres { get; init; }

    /// <summary>Distance from the reference point to the stern in metres; 0 not available, 511 means 511 m or more.</summary>
    public int ToSternMetres { get; init; }

    /// <summary>Distance from the reference point to port in metres; 0 not available, 63 means 63 m or more.</summary>
    public int ToPortMetres { get; init; }

    /// <summary>Distance from the reference point to starboard in metres; 0 not available, 63 means 63 m or more.</summary>
    public int ToStarboardMetres { get; init; }

    /// <summary>Type of electronic position fixing device; unused codes are kept as their numbers.</summary>
    public EpfdType Epfd { get; init; }

    /// <summary>True when RAIM is in use.</summary>
    public bool Raim { get; init; }

    /// <summary>The data terminal flag: true when no data terminal is ready (the default).</summary>
    public bool DataTerminalNotReady { get; init; }

    /// <summary>True in assigned mode, false in autonomous mode.</summary>
    public bool IsAssignedMode { get; init; }

    /// <summary>The four spare bits at the end.</summary>
    public int Spare { get; init; }

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

    /// <summary>Reads the message from a payload.</summary>
    /// <param name="payload">A payload of type 19.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the payload shorter than 312 bits.</returns>
    public static bool TryRead(in AisPayload payload, out ExtendedPositionReportClassB message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 19)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < StandardBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new ExtendedPositionReportClassB
        {
            MessageType = 19,
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
            RegionalReservedAfterTimeStamp = (int)payload.Field(139, 4),
            Name = payload.Text(143, 120),
            ShipType = (ShipType)payload.Field(263, 8),
            ToBowMetres = (int)payload.Field(271, 9),
            ToSternMetres = (int)payload.Field(280, 9),
            ToPortMetres = (int)payload.Field(289, 6),
            ToStarboardMetres = (int)payload.Field(295, 6),
            Epfd = (EpfdType)payload.Field(301, 4),
            Raim = payload.Flag(305),
            DataTerminalNotReady = payload.Flag(306),
            IsAssignedMode = payload.Flag(307),
            Spare = (int)payload.Field(308, 4),
        };
        error = AisErrorKind.None;
        return true;
    }
}
