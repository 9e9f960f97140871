using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 21: aid-to-navigation report (ITU-R M.1371-5 §3.20, 272 to 360 bits).</summary>
public readonly record struct AidToNavigationReport : IAisMessage
{
    /// <summary>The shortest message: no name extension.</summary>
    public const int MinimumBits = 272;

    /// <summary>The longest payload read (gpsd accepts up to 16 extension characters, 2 more than the standard's 14).</summary>
    public const int MaximumBits = 368;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>Type of aid to navigation.</summary>
    public AidToNavigationType AidType { get; init; }

    /// <summary>
    /// The full name: the 20-character name field followed by the name extension when the field is full, as the
    /// standard says; empty when not available.
    /// </summary>
    public string Name { get; init; }

    /// <summary>The name extension alone (the characters after bit 272); empty when none.</summary>
    public string NameExtension { get; init; }

    /// <summary>True when the position accuracy is better than 10 m (DGNSS).</summary>
    public bool PositionAccuracyHigh { get; init; }

    /// <summary>Raw longitude in 1/10000 minute; 181° not available.</summary>
    public int LongitudeTenThousandthsMinute { get; init; }

    /// <summary>Raw latitude in 1/10000 minute; 91° not available.</summary>
    public int LatitudeTenThousandthsMinute { get; init; }

    /// <summary>Distance from the reference point to the bow (or north side) in metres; 0 not available.</summary>
    public int ToBowMetres { get; init; }

    /// <summary>Distance from the reference point to the stern (or south side) in metres; 0 not available.</summary>
    public int ToSternMetres { get; init; }

    /// <summary>Distance from the reference point to port (or west side) in metres; 0 not available.</summary>
    public int ToPortMetres { get; init; }

    /// <summary>Distance from the reference point to starboard (or east side) in metres; 0 not available.</summary>
    public int ToStarboardMetres { get; init; }

    /// <summary>Type of electronic position fixing device; unused codes are kept as their numbers.</summary>
    public EpfdType Epfd { get; init; }

    /// <summary>Raw UTC second of the report: 0–59, 60 not available, 61–63 special.</summary>
    public int TimeStampRaw { get; init; }

    /// <summary>The off-position flag as sent; meaningful for floating aids when the time stamp is 0 to 59.</summary>
    public bool OffPositionFlag { get; init; }

    /// <summary>The 8 bits reserved for regional applications (gpsd's <c>regional</c>).</summary>
    public int RegionalReserved { get; init; }

    /// <summary>True when RAIM is in use.</summary>
    public bool Raim { get; init; }

    /// <summary>True for a virtual aid to navigation, false for a real one at the position.</summary>
    public bool IsVirtual { get; init; }

    /// <summary>True in assigned mode, false in autonomous mode.</summary>
    public bool IsAssignedMode { get; init; }

    /// <summary>The spare bit before the name extension.</summary>
    public int Spare { get; init; }

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => AisFields.LongitudeDegrees(LongitudeTenThousandthsMinute);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => AisFields.LatitudeDegrees(LatitudeTenThousandthsMinute);

    /// <summary>The UTC second of the report, or null when not available.</summary>
    public int? TimeStampSecond => AisFields.UtcSecond(TimeStampRaw);

    /// <summary>Whether the aid is off position, or null when the flag is not valid (time stamp not 0 to 59).</summary>
    public bool? IsOffPosition => TimeStampRaw < 60 ? OffPositionFlag : null;

    /// <summary>Reads the message from a payload.</summary>
    /// <param name="payload">A payload of type 21.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length outside 272 to 368 bits.</returns>
    public static bool TryRead(in AisPayload payload, out AidToNavigationReport message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 21)
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

        message = new AidToNavigationReport
        {
            MessageType = 21,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            AidType = (AidToNavigationType)payload.Field(38, 5),
            Name = ReadName(payload),
            NameExtension = payload.Text(MinimumBits, MaximumBits - MinimumBits),
            PositionAccuracyHigh = payload.Flag(163),
            LongitudeTenThousandthsMinute = payload.TwosComplement(164, 28),
            LatitudeTenThousandthsMinute = payload.TwosComplement(192, 27),
            ToBowMetres = (int)payload.Field(219, 9),
            ToSternMetres = (int)payload.Field(228, 9),
            ToPortMetres = (int)payload.Field(237, 6),
            ToStarboardMetres = (int)payload.Field(243, 6),
            Epfd = (EpfdType)payload.Field(249, 4),
            TimeStampRaw = (int)payload.Field(253, 6),
            OffPositionFlag = payload.Flag(259),
            RegionalReserved = (int)payload.Field(260, 8),
            Raim = payload.Flag(268),
            IsVirtual = payload.Flag(269),
            IsAssignedMode = payload.Flag(270),
            Spare = (int)payload.Field(271, 1),
        };
        error = AisErrorKind.None;
        return true;
    }

    // The extension continues the name only when the 20-character field is full (holds no '@'); spaces inside the
    // field stay, trailing ones go, and the first '@' of the extension ends it.
    private static string ReadName(in AisPayload payload)
    {
        Span<char> chars = stackalloc char[20 + ((MaximumBits - MinimumBits) / 6)];
        var length = 0;
        var extension = (payload.BitLength - MinimumBits) / 6;
        for (var i = 0; i < 20 + extension; i++)
        {
            var c = SixBitArmour.TextAlphabet[(int)payload.Field(i < 20 ? 43 + (6 * i) : MinimumBits + (6 * (i - 20)), 6)];
            if (c == '@')
            {
                break;
            }

            chars[length++] = c;
        }

        while (length > 0 && chars[length - 1] == ' ')
        {
            length--;
        }

        return length == 0 ? string.Empty : new string(chars[..length]);
    }
}
