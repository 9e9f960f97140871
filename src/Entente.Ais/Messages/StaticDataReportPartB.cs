using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 24 part B: type, vendor, call sign and dimensions of a class B static data report (ITU-R M.1371-5 §3.23,
/// 168 bits). For an auxiliary craft (MMSI 98MIDxxxx) the dimension bits hold the mother ship's MMSI instead; both
/// readings are kept raw.
/// </summary>
/// <remarks>Join it with its <see cref="StaticDataReportPartA"/> by <see cref="StaticDataReportMerger"/>.</remarks>
public readonly record struct StaticDataReportPartB : IAisMessage
{
    /// <summary>The standard length of part B; longer payloads are read, as gpsd reads them.</summary>
    public const int StandardBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The part number: always 1 for part B.</summary>
    public int PartNumber { get; init; }

    /// <summary>Type of ship and cargo; codes without a name are kept as their numbers.</summary>
    public ShipType ShipType { get; init; }

    /// <summary>The manufacturer's identifier, up to 3 characters; empty when not available.</summary>
    public string VendorId { get; init; }

    /// <summary>The 18 raw bits of the manufacturer's identifier (three six-bit characters).</summary>
    public int VendorIdRaw { get; init; }

    /// <summary>The unit's model code, 0 to 15; 0 not available.</summary>
    public int UnitModelCode { get; init; }

    /// <summary>The unit's serial number, 0 to 1048575; 0 not available.</summary>
    public int SerialNumber { get; init; }

    /// <summary>The call sign, up to 7 characters; empty when not available.</summary>
    public string CallSign { get; init; }

    /// <summary>Distance from the reference point to the bow in metres; 0 not available (not an auxiliary craft).</summary>
    public int ToBowMetres { get; init; }

    /// <summary>Distance from the reference point to the stern in metres; 0 not available (not an auxiliary craft).</summary>
    public int ToSternMetres { get; init; }

    /// <summary>Distance from the reference point to port in metres; 0 not available (not an auxiliary craft).</summary>
    public int ToPortMetres { get; init; }

    /// <summary>Distance from the reference point to starboard in metres; 0 not available (not an auxiliary craft).</summary>
    public int ToStarboardMetres { get; init; }

    /// <summary>The same 30 bits as the dimensions read as the mother ship's MMSI (meaningful for an auxiliary craft).</summary>
    public int MothershipMmsiRaw { get; init; }

    /// <summary>The six spare bits at the end.</summary>
    public int Spare { get; init; }

    /// <summary>True when the MMSI is an auxiliary craft's (98MIDxxxx), whose part B carries the mother ship's MMSI.</summary>
    public bool IsAuxiliaryCraft => StaticDataReport.IsAuxiliaryCraftMmsi(Mmsi);

    /// <summary>The mother ship's MMSI for an auxiliary craft, otherwise null.</summary>
    public int? MothershipMmsi => IsAuxiliaryCraft ? MothershipMmsiRaw : null;

    /// <summary>Reads a message 24 part B from a payload.</summary>
    /// <param name="payload">A payload of type 24.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>
    /// False when the type is wrong, the part number is not 1 (<see cref="AisErrorKind.BadFieldValue"/>), or the payload
    /// is shorter than 168 bits.
    /// </returns>
    public static bool TryRead(in AisPayload payload, out StaticDataReportPartB message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 24)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < 40)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        if (payload.Field(38, 2) != 1)
        {
            error = AisErrorKind.BadFieldValue;
            return false;
        }

        if (payload.BitLength < StandardBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new StaticDataReportPartB
        {
            MessageType = 24,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            PartNumber = 1,
            ShipType = (ShipType)payload.Field(40, 8),
            VendorId = payload.Text(48, 18),
            VendorIdRaw = (int)payload.Field(48, 18),
            UnitModelCode = (int)payload.Field(66, 4),
            SerialNumber = (int)payload.Field(70, 20),
            CallSign = payload.Text(90, 42),
            ToBowMetres = (int)payload.Field(132, 9),
            ToSternMetres = (int)payload.Field(141, 9),
            ToPortMetres = (int)payload.Field(150, 6),
            ToStarboardMetres = (int)payload.Field(156, 6),
            MothershipMmsiRaw = (int)payload.Field(132, 30),
            Spare = (int)payload.Field(162, 6),
        };
        error = AisErrorKind.None;
        return true;
    }
}
