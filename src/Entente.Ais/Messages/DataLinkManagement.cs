using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 20: data link management, slots a base station reserves (ITU-R M.1371-5 §3.19, 72 to 160 bits).</summary>
/// <remarks>
/// All four reservation blocks are read whatever the length, bits past the payload reading as zero (as gpsd reads
/// them); <see cref="ReservationCount"/> says how many blocks the payload actually holds.
/// </remarks>
public readonly record struct DataLinkManagement : IAisMessage
{
    /// <summary>The shortest message: one reservation.</summary>
    public const int MinimumBits = 72;

    /// <summary>The longest payload read: four reservations and the padding gpsd still accepts.</summary>
    public const int MaximumBits = 186;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits after the MMSI.</summary>
    public int Spare { get; init; }

    /// <summary>How many complete reservation blocks the payload holds, 1 to 4.</summary>
    public int ReservationCount { get; init; }

    /// <summary>The first reservation.</summary>
    public DataLinkReservation Reservation1 { get; init; }

    /// <summary>The second reservation (zero when not transmitted).</summary>
    public DataLinkReservation Reservation2 { get; init; }

    /// <summary>The third reservation (zero when not transmitted).</summary>
    public DataLinkReservation Reservation3 { get; init; }

    /// <summary>The fourth reservation (zero when not transmitted).</summary>
    public DataLinkReservation Reservation4 { get; init; }

    /// <summary>A reservation by index.</summary>
    /// <param name="index">0 to 3.</param>
    /// <returns>The reservation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is not 0 to 3.</exception>
    public DataLinkReservation GetReservation(int index) => index switch
    {
        0 => Reservation1,
        1 => Reservation2,
        2 => Reservation3,
        3 => Reservation4,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "A data link management message has four reservations."),
    };

    /// <summary>Reads the message from a payload without allocating.</summary>
    /// <param name="payload">A payload of type 20.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length outside 72 to 186 bits.</returns>
    public static bool TryRead(in AisPayload payload, out DataLinkManagement message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 20)
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

        message = new DataLinkManagement
        {
            MessageType = 20,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare = (int)payload.Field(38, 2),
            ReservationCount = Math.Min(4, (payload.BitLength - 40) / 30),
            Reservation1 = ReadReservation(payload, 40),
            Reservation2 = ReadReservation(payload, 70),
            Reservation3 = ReadReservation(payload, 100),
            Reservation4 = ReadReservation(payload, 130),
        };
        error = AisErrorKind.None;
        return true;
    }

    private static DataLinkReservation ReadReservation(in AisPayload payload, int start) => new()
    {
        OffsetNumber = (int)payload.Field(start, 12),
        SlotCount = (int)payload.Field(start + 12, 4),
        TimeoutMinutes = (int)payload.Field(start + 16, 3),
        Increment = (int)payload.Field(start + 19, 11),
    };
}
