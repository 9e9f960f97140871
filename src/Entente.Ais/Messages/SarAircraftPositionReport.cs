using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 9: the standard position report of a search and rescue aircraft (ITU-R M.1371-5 §3.3.8.2.6, 168 bits).</summary>
public readonly record struct SarAircraftPositionReport : IAisMessage
{
    /// <summary>The length the standard gives, in bits.</summary>
    public const int StandardBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>Raw altitude in metres: 4095 not available, 4094 means 4094 m or more.</summary>
    public int AltitudeRaw { get; init; }

    /// <summary>Raw speed over ground in whole knots: 1023 not available, 1022 means 1022 knots or more.</summary>
    public int SpeedOverGroundRaw { get; init; }

    /// <summary>True when the position accuracy is better than 10 m (DGNSS).</summary>
    public bool PositionAccuracyHigh { get; init; }

    /// <summary>Raw longitude in 1/10000 minute; 181° not available.</summary>
    public int LongitudeTenThousandthsMinute { get; init; }

    /// <summary>Raw latitude in 1/10000 minute; 91° not available.</summary>
    public int LatitudeTenThousandthsMinute { get; init; }

    /// <summary>Raw course over ground in 1/10 degree; 3600 not available.</summary>
    public int CourseOverGroundTenthsDegree { get; init; }

    /// <summary>Raw UTC second of the report: 0–59, 60 not available, 61–63 special.</summary>
    public int TimeStampRaw { get; init; }

    /// <summary>True when the altitude comes from a barometric sensor; false when from GNSS.</summary>
    public bool AltitudeBarometric { get; init; }

    /// <summary>The seven spare bits after the altitude sensor flag.</summary>
    public int Spare1 { get; init; }

    /// <summary>True when the data terminal is not ready (the default); false when it is available.</summary>
    public bool DteNotReady { get; init; }

    /// <summary>The three spare bits after the DTE flag.</summary>
    public int Spare2 { get; init; }

    /// <summary>True when the station is in assigned mode.</summary>
    public bool AssignedMode { get; init; }

    /// <summary>True when RAIM is in use.</summary>
    public bool Raim { get; init; }

    /// <summary>True when the communication state is ITDMA; false when SOTDMA.</summary>
    public bool CommunicationStateItdma { get; init; }

    /// <summary>The 19-bit communication state.</summary>
    public int RadioStatus { get; init; }

    /// <summary>Altitude in metres (4094 meaning 4094 or more), or null when not available.</summary>
    public int? AltitudeMetres => AltitudeRaw < 4095 ? AltitudeRaw : null;

    /// <summary>Speed over ground in knots (1022 meaning 1022 or more), or null when not available.</summary>
    public int? SpeedOverGroundKnots => SpeedOverGroundRaw < 1023 ? SpeedOverGroundRaw : null;

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => AisFields.LongitudeDegrees(LongitudeTenThousandthsMinute);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => AisFields.LatitudeDegrees(LatitudeTenThousandthsMinute);

    /// <summary>Course over ground in degrees, or null when not available.</summary>
    public double? CourseOverGroundDegrees => AisFields.CourseDegreesTenths(CourseOverGroundTenthsDegree);

    /// <summary>The UTC second of the report, or null when not available.</summary>
    public int? TimeStampSecond => AisFields.UtcSecond(TimeStampRaw);

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 9.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the payload too short.</returns>
    public static bool TryRead(in AisPayload payload, out SarAircraftPositionReport message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 9)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < StandardBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new SarAircraftPositionReport
        {
            MessageType = 9,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            AltitudeRaw = (int)payload.Field(38, 12),
            SpeedOverGroundRaw = (int)payload.Field(50, 10),
            PositionAccuracyHigh = payload.Flag(60),
            LongitudeTenThousandthsMinute = payload.TwosComplement(61, 28),
            LatitudeTenThousandthsMinute = payload.TwosComplement(89, 27),
            CourseOverGroundTenthsDegree = (int)payload.Field(116, 12),
            TimeStampRaw = (int)payload.Field(128, 6),
            AltitudeBarometric = payload.Flag(134),
            Spare1 = (int)payload.Field(135, 7),
            DteNotReady = payload.Flag(142),
            Spare2 = (int)payload.Field(143, 3),
            AssignedMode = payload.Flag(146),
            Raim = payload.Flag(147),
            CommunicationStateItdma = payload.Flag(148),
            RadioStatus = (int)payload.Field(149, 19),
        };
        error = AisErrorKind.None;
        return true;
    }
}
