using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 5: a class A ship's static and voyage related data (ITU-R M.1371-5 §3.3.8.2.4, 424 bits).</summary>
public readonly record struct StaticAndVoyageData : IAisMessage
{
    /// <summary>The length the standard gives, in bits.</summary>
    public const int StandardBits = 424;

    // Transmitters often send 420 or 422 bits; the missing bits read as zero (the destination's last character
    // loses its low bits, as gpsd reads it). Anything shorter is too damaged to trust.
    private const int MinimumBits = 420;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>AIS version indicator: 0 ITU-R M.1371-1, 1 M.1371-3, 2 M.1371-5, 3 future editions.</summary>
    public int AisVersion { get; init; }

    /// <summary>Raw IMO number: 0 not available, 1 000 000–9 999 999 an IMO number, above an official flag state number.</summary>
    public int ImoNumberRaw { get; init; }

    /// <summary>Call sign (7 characters at most), without padding; empty when not available.</summary>
    public string CallSign { get; init; }

    /// <summary>Ship name (20 characters at most), without padding; empty when not available.</summary>
    public string ShipName { get; init; }

    /// <summary>Type of ship and cargo.</summary>
    public ShipType ShipType { get; init; }

    /// <summary>Distance from the reference point to the bow in metres; 0 not available, 511 means 511 m or more.</summary>
    public int DimensionToBowMetres { get; init; }

    /// <summary>Distance from the reference point to the stern in metres; 0 not available, 511 means 511 m or more.</summary>
    public int DimensionToSternMetres { get; init; }

    /// <summary>Distance from the reference point to port in metres; 0 not available, 63 means 63 m or more.</summary>
    public int DimensionToPortMetres { get; init; }

    /// <summary>Distance from the reference point to starboard in metres; 0 not available, 63 means 63 m or more.</summary>
    public int DimensionToStarboardMetres { get; init; }

    /// <summary>The position fixing device.</summary>
    public EpfdType Epfd { get; init; }

    /// <summary>Raw ETA month (UTC): 1–12, 0 not available.</summary>
    public int EtaMonthRaw { get; init; }

    /// <summary>Raw ETA day (UTC): 1–31, 0 not available.</summary>
    public int EtaDayRaw { get; init; }

    /// <summary>Raw ETA hour (UTC): 0–23, 24 not available.</summary>
    public int EtaHourRaw { get; init; }

    /// <summary>Raw ETA minute (UTC): 0–59, 60 not available.</summary>
    public int EtaMinuteRaw { get; init; }

    /// <summary>Raw maximum present static draught in 1/10 m: 0 not available, 255 means 25.5 m or more.</summary>
    public int DraughtDecimetres { get; init; }

    /// <summary>Destination (20 characters at most), without padding; empty when not available.</summary>
    public string Destination { get; init; }

    /// <summary>True when the data terminal is not ready (the default); false when it is available.</summary>
    public bool DteNotReady { get; init; }

    /// <summary>The spare bit.</summary>
    public int Spare { get; init; }

    /// <summary>The IMO number, or null when the field holds none (0, or an official flag state number).</summary>
    public int? ImoNumber => ImoNumberRaw is >= 1_000_000 and <= 9_999_999 ? ImoNumberRaw : null;

    /// <summary>Maximum present static draught in metres, or null when not available.</summary>
    public double? DraughtMetres => DraughtDecimetres == 0 ? null : DraughtDecimetres / 10.0;

    /// <summary>Overall length in metres (bow plus stern), or null when neither is given.</summary>
    public int? LengthMetres => DimensionToBowMetres + DimensionToSternMetres is var l && l > 0 ? l : null;

    /// <summary>Overall beam in metres (port plus starboard), or null when neither is given.</summary>
    public int? BeamMetres => DimensionToPortMetres + DimensionToStarboardMetres is var b && b > 0 ? b : null;

    /// <summary>
    /// The ETA as a UTC time in the given year (the message carries no year), or null when any part is not
    /// available or the date does not exist in that year.
    /// </summary>
    /// <param name="year">The year to place the ETA in, 1 to 9999.</param>
    /// <returns>The ETA, or null.</returns>
    public DateTime? EtaInYear(int year) =>
        year is >= 1 and <= 9999 && EtaMonthRaw is >= 1 and <= 12 && EtaDayRaw >= 1 &&
        EtaDayRaw <= DateTime.DaysInMonth(year, EtaMonthRaw) && EtaHourRaw < 24 && EtaMinuteRaw < 60
            ? new DateTime(year, EtaMonthRaw, EtaDayRaw, EtaHourRaw, EtaMinuteRaw, 0, DateTimeKind.Utc)
            : null;

    /// <summary>Reads the message from a payload; allocates only its three texts.</summary>
    /// <param name="payload">A payload of type 5.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the payload too short.</returns>
    public static bool TryRead(in AisPayload payload, out StaticAndVoyageData message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 5)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < MinimumBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        message = new StaticAndVoyageData
        {
            MessageType = 5,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            AisVersion = (int)payload.Field(38, 2),
            ImoNumberRaw = (int)payload.Field(40, 30),
            CallSign = payload.Text(70, 6 * 7),
            ShipName = payload.Text(112, 6 * 20),
            ShipType = (ShipType)payload.Field(232, 8),
            DimensionToBowMetres = (int)payload.Field(240, 9),
            DimensionToSternMetres = (int)payload.Field(249, 9),
            DimensionToPortMetres = (int)payload.Field(258, 6),
            DimensionToStarboardMetres = (int)payload.Field(264, 6),
            Epfd = (EpfdType)payload.Field(270, 4),
            EtaMonthRaw = (int)payload.Field(274, 4),
            EtaDayRaw = (int)payload.Field(278, 5),
            EtaHourRaw = (int)payload.Field(283, 5),
            EtaMinuteRaw = (int)payload.Field(288, 6),
            DraughtDecimetres = (int)payload.Field(294, 8),
            Destination = payload.Text(302, 6 * 20),
            DteNotReady = payload.Flag(422),
            Spare = (int)payload.Field(423, 1),
        };
        error = AisErrorKind.None;
        return true;
    }
}
