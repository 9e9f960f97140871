using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 24 part A: the name half of a class B static data report (ITU-R M.1371-5 §3.23). The standard gives 168
/// bits; the 160 bits many transmitters send (without the spare) are accepted too.
/// </summary>
/// <remarks>Join it with its <see cref="StaticDataReportPartB"/> by <see cref="StaticDataReportMerger"/>.</remarks>
public readonly record struct StaticDataReportPartA : IAisMessage
{
    /// <summary>The shortest part A read: the name without the spare.</summary>
    public const int MinimumBits = 160;

    /// <summary>The standard length of part A.</summary>
    public const int StandardBits = 168;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The part number: always 0 for part A.</summary>
    public int PartNumber { get; init; }

    /// <summary>The ship's name, up to 20 characters; empty when not available.</summary>
    public string Name { get; init; }

    /// <summary>The 8 spare bits after the name (0 when the transmitter left them out).</summary>
    public int Spare { get; init; }

    /// <summary>Reads a message 24 part A from a payload.</summary>
    /// <param name="payload">A payload of type 24.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>
    /// False when the type is wrong, the part number is not 0 (<see cref="AisErrorKind.BadFieldValue"/>), or the length
    /// is not 160 to 168 bits.
    /// </returns>
    public static bool TryRead(in AisPayload payload, out StaticDataReportPartA message, out AisErrorKind error)
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

        if (payload.Field(38, 2) != 0)
        {
            error = AisErrorKind.BadFieldValue;
            return false;
        }

        if (payload.BitLength is < MinimumBits or > StandardBits)
        {
            error = payload.BitLength < MinimumBits ? AisErrorKind.MessageTooShort : AisErrorKind.BadMessageLength;
            return false;
        }

        message = new StaticDataReportPartA
        {
            MessageType = 24,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            PartNumber = 0,
            Name = payload.Text(40, 120),
            Spare = payload.BitLength >= StandardBits ? (int)payload.Field(160, 8) : 0,
        };
        error = AisErrorKind.None;
        return true;
    }
}
