using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Messages 1, 2 and 3: the class A position report (ITU-R M.1371-5 §3.3.8.2.1, 168 bits).</summary>
public readonly record struct PositionReportClassA : IAisMessage
{
    /// <summary>The length the standard gives, in bits.</summary>
    public const int StandardBits = 168;

    // Transmitters that send up to five bits short still carry every field and most of the radio status; gpsd
    // accepts 163 bits and more, and so does Entente.
    private const int MinimumBits = 163;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>Navigational status.</summary>
    public NavigationStatus NavigationStatus { get; init; }

    /// <summary>Raw rate of turn, −128 to 127: −128 not available, ±127 turning faster than 5°/30 s without a turn indicator.</summary>
    public int RateOfTurnRaw { get; init; }

    /// <summary>Raw speed over ground in 1/10 knot; 1023 not available.</summary>
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

    /// <summary>Special manoeuvre indicator: 0 not available, 1 not engaged, 2 engaged.</summary>
    public int ManeuverIndicator { get; init; }

    /// <summary>The three spare bits.</summary>
    public int Spare { get; init; }

    /// <summary>True when RAIM is in use.</summary>
    public bool Raim { get; init; }

    /// <summary>The 19-bit communication state (SOTDMA or ITDMA).</summary>
    public int RadioStatus { get; init; }

    /// <summary>Rate of turn in degrees per minute (positive to starboard), or null when not available or only a direction.</summary>
    public double? RateOfTurnDegreesPerMinute => RateOfTurnRaw is > -127 and < 127
        ? Math.CopySign(Math.Pow(RateOfTurnRaw / 4.733, 2), RateOfTurnRaw)
        : null;

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

    /// <summary>The communication state; from a short payload, the bits that were sent, right-aligned (as gpsd reads them).</summary>
    private static int ReadRadioStatus(in AisPayload payload) => payload.BitLength >= StandardBits
        ? (int)payload.Field(149, 19)
        : payload.BitLength > 149 ? (int)payload.Field(149, payload.BitLength - 149) : 0;

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 1, 2 or 3.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the payload too short.</returns>
    public static bool TryRead(in AisPayload payload, out PositionReportClassA message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType is < 1 or > 3)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < MinimumBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new PositionReportClassA
        {
            MessageType = payload.MessageType,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            NavigationStatus = (NavigationStatus)payload.Field(38, 4),
            RateOfTurnRaw = payload.TwosComplement(42, 8),
            SpeedOverGroundTenthsKnot = (int)payload.Field(50, 10),
            PositionAccuracyHigh = payload.Flag(60),
            LongitudeTenThousandthsMinute = payload.TwosComplement(61, 28),
            LatitudeTenThousandthsMinute = payload.TwosComplement(89, 27),
            CourseOverGroundTenthsDegree = (int)payload.Field(116, 12),
            TrueHeadingRaw = (int)payload.Field(128, 9),
            TimeStampRaw = (int)payload.Field(137, 6),
            ManeuverIndicator = (int)payload.Field(143, 2),
            Spare = (int)payload.Field(145, 3),
            Raim = payload.Flag(148),
            RadioStatus = ReadRadioStatus(payload),
        };
        error = AisErrorKind.None;
        return true;
    }
}
