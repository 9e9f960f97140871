using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 22: channel management by a base station (ITU-R M.1371-5 §3.21, 168 bits). Bits 69 to 138 hold either a
/// rectangular area (broadcast) or two destination MMSIs (addressed), as <see cref="IsAddressed"/> says; both readings
/// are kept raw and the typed views answer only for the form sent.
/// </summary>
public readonly record struct ChannelManagement : IAisMessage
{
    /// <summary>The length the standard gives, in bits; longer payloads are read, as gpsd reads them.</summary>
    public const int StandardBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits after the MMSI.</summary>
    public int Spare { get; init; }

    /// <summary>Channel number of channel A (ITU-R M.1084).</summary>
    public int ChannelA { get; init; }

    /// <summary>Channel number of channel B (ITU-R M.1084).</summary>
    public int ChannelB { get; init; }

    /// <summary>Transmit/receive mode (ITU-R M.1371-5 §3.21); 0, the default, transmits and receives on both channels.</summary>
    public int TxRxMode { get; init; }

    /// <summary>True for low transmit power, false for high power.</summary>
    public bool PowerLow { get; init; }

    /// <summary>Raw longitude of the area's north-east corner in 1/10 minute (broadcast form).</summary>
    public int NorthEastLongitudeTenthsMinute { get; init; }

    /// <summary>Raw latitude of the area's north-east corner in 1/10 minute (broadcast form).</summary>
    public int NorthEastLatitudeTenthsMinute { get; init; }

    /// <summary>Raw longitude of the area's south-west corner in 1/10 minute (broadcast form).</summary>
    public int SouthWestLongitudeTenthsMinute { get; init; }

    /// <summary>Raw latitude of the area's south-west corner in 1/10 minute (broadcast form).</summary>
    public int SouthWestLatitudeTenthsMinute { get; init; }

    /// <summary>The first addressed station's MMSI (addressed form).</summary>
    public int DestinationMmsi1 { get; init; }

    /// <summary>The second addressed station's MMSI (addressed form).</summary>
    public int DestinationMmsi2 { get; init; }

    /// <summary>True when the message addresses two stations, false when it broadcasts to an area.</summary>
    public bool IsAddressed { get; init; }

    /// <summary>The channel A bandwidth flag (reserved by ITU-R M.1371-5; 1 meant 12.5 kHz in earlier editions).</summary>
    public bool ChannelABandwidthFlag { get; init; }

    /// <summary>The channel B bandwidth flag (reserved by ITU-R M.1371-5; 1 meant 12.5 kHz in earlier editions).</summary>
    public bool ChannelBBandwidthFlag { get; init; }

    /// <summary>Raw size of the transitional zone, 0 to 7, meaning 1 to 8 nautical miles.</summary>
    public int TransitionalZoneSizeRaw { get; init; }

    /// <summary>The 23 spare bits at the end.</summary>
    public int SpareEnd { get; init; }

    /// <summary>The transitional zone's size in nautical miles, 1 to 8.</summary>
    public int TransitionalZoneNauticalMiles => TransitionalZoneSizeRaw + 1;

    /// <summary>North-east corner longitude in degrees, or null when addressed or not available.</summary>
    public double? NorthEastLongitudeDegrees => IsAddressed ? null : AisFields.LongitudeDegreesTenthMinute(NorthEastLongitudeTenthsMinute);

    /// <summary>North-east corner latitude in degrees, or null when addressed or not available.</summary>
    public double? NorthEastLatitudeDegrees => IsAddressed ? null : AisFields.LatitudeDegreesTenthMinute(NorthEastLatitudeTenthsMinute);

    /// <summary>South-west corner longitude in degrees, or null when addressed or not available.</summary>
    public double? SouthWestLongitudeDegrees => IsAddressed ? null : AisFields.LongitudeDegreesTenthMinute(SouthWestLongitudeTenthsMinute);

    /// <summary>South-west corner latitude in degrees, or null when addressed or not available.</summary>
    public double? SouthWestLatitudeDegrees => IsAddressed ? null : AisFields.LatitudeDegreesTenthMinute(SouthWestLatitudeTenthsMinute);

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 22.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the payload shorter than 168 bits.</returns>
    public static bool TryRead(in AisPayload payload, out ChannelManagement message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 22)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < StandardBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new ChannelManagement
        {
            MessageType = 22,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare = (int)payload.Field(38, 2),
            ChannelA = (int)payload.Field(40, 12),
            ChannelB = (int)payload.Field(52, 12),
            TxRxMode = (int)payload.Field(64, 4),
            PowerLow = payload.Flag(68),
            NorthEastLongitudeTenthsMinute = payload.TwosComplement(69, 18),
            NorthEastLatitudeTenthsMinute = payload.TwosComplement(87, 17),
            SouthWestLongitudeTenthsMinute = payload.TwosComplement(104, 18),
            SouthWestLatitudeTenthsMinute = payload.TwosComplement(122, 17),
            DestinationMmsi1 = (int)payload.Field(69, 30),
            DestinationMmsi2 = (int)payload.Field(104, 30),
            IsAddressed = payload.Flag(139),
            ChannelABandwidthFlag = payload.Flag(140),
            ChannelBBandwidthFlag = payload.Flag(141),
            TransitionalZoneSizeRaw = (int)payload.Field(142, 3),
            SpareEnd = (int)payload.Field(145, 23),
        };
        error = AisErrorKind.None;
        return true;
    }
}
