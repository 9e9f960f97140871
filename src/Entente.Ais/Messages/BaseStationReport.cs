using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Messages 4 (base station report) and 11 (UTC and date response): a station's UTC date and time and its position
/// (ITU-R M.1371-5 §3.3.8.2.3 and §3.3.8.2.9, 168 bits, the same layout).
/// </summary>
public readonly record struct BaseStationReport : IAisMessage
{
    /// <summary>The length the standard gives, in bits.</summary>
    public const int StandardBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>Raw UTC year: 1–9999, 0 not available.</summary>
    public int YearRaw { get; init; }

    /// <summary>Raw UTC month: 1–12, 0 not available.</summary>
    public int MonthRaw { get; init; }

    /// <summary>Raw UTC day: 1–31, 0 not available.</summary>
    public int DayRaw { get; init; }

    /// <summary>Raw UTC hour: 0–23, 24 not available.</summary>
    public int HourRaw { get; init; }

    /// <summary>Raw UTC minute: 0–59, 60 not available.</summary>
    public int MinuteRaw { get; init; }

    /// <summary>Raw UTC second: 0–59, 60 not available.</summary>
    public int SecondRaw { get; init; }

    /// <summary>True when the position accuracy is better than 10 m (DGNSS).</summary>
    public bool PositionAccuracyHigh { get; init; }

    /// <summary>Raw longitude in 1/10000 minute; 181° not available.</summary>
    public int LongitudeTenThousandthsMinute { get; init; }

    /// <summary>Raw latitude in 1/10000 minute; 91° not available.</summary>
    public int LatitudeTenThousandthsMinute { get; init; }

    /// <summary>The position fixing device.</summary>
    public EpfdType Epfd { get; init; }

    /// <summary>Transmission control for long-range broadcast (message 27): true asks for it.</summary>
    public bool LongRangeBroadcastRequested { get; init; }

    /// <summary>The nine spare bits.</summary>
    public int Spare { get; init; }

    /// <summary>True when RAIM is in use.</summary>
    public bool Raim { get; init; }

    /// <summary>The 19-bit SOTDMA communication state.</summary>
    public int RadioStatus { get; init; }

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => AisFields.LongitudeDegrees(LongitudeTenThousandthsMinute);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => AisFields.LatitudeDegrees(LatitudeTenThousandthsMinute);

    /// <summary>The reported UTC date and time, or null when any part is not available or the date does not exist.</summary>
    public DateTime? UtcTimestamp =>
        YearRaw is >= 1 and <= 9999 && MonthRaw is >= 1 and <= 12 && DayRaw >= 1 &&
        DayRaw <= DateTime.DaysInMonth(YearRaw, MonthRaw) && HourRaw < 24 && MinuteRaw < 60 && SecondRaw < 60
            ? new DateTime(YearRaw, MonthRaw, DayRaw, HourRaw, MinuteRaw, SecondRaw, DateTimeKind.Utc)
            : null;

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 4 or 11.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the payload too short.</returns>
    public static bool TryRead(in AisPayload payload, out BaseStationReport message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType is not (4 or 11))
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        // Longer payloads are read (the extra bits ignored), as gpsd reads them.
        if (payload.BitLength < StandardBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new BaseStationReport
        {
            MessageType = payload.MessageType,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            YearRaw = (int)payload.Field(38, 14),
            MonthRaw = (int)payload.Field(52, 4),
            DayRaw = (int)payload.Field(56, 5),
            HourRaw = (int)payload.Field(61, 5),
            MinuteRaw = (int)payload.Field(66, 6),
            SecondRaw = (int)payload.Field(72, 6),
            PositionAccuracyHigh = payload.Flag(78),
            LongitudeTenThousandthsMinute = payload.TwosComplement(79, 28),
            LatitudeTenThousandthsMinute = payload.TwosComplement(107, 27),
            Epfd = (EpfdType)payload.Field(134, 4),
            LongRangeBroadcastRequested = payload.Flag(138),
            Spare = (int)payload.Field(139, 9),
            Raim = payload.Flag(148),
            RadioStatus = (int)payload.Field(149, 19),
        };
        error = AisErrorKind.None;
        return true;
    }
}
