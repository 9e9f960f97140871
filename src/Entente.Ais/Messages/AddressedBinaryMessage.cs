using Entente.Ais.Applications;
using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 6: addressed binary message (ITU-R M.1371-5 §3.3.8.2.4, 88 to 1008 bits): application data for one
/// destination, identified by its designated area code and function identifier.
/// </summary>
public readonly record struct AddressedBinaryMessage : IAisMessage
{
    /// <summary>The bits before the application data.</summary>
    public const int HeaderBits = 88;

    /// <summary>The longest message the standard allows (five slots), in bits.</summary>
    public const int MaximumBits = 1008;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The sequence number 0–3 that ties the message to its acknowledgement (message 7).</summary>
    public int SequenceNumber { get; init; }

    /// <summary>The destination MMSI as transmitted.</summary>
    public int DestinationMmsi { get; init; }

    /// <summary>True when the message has been retransmitted.</summary>
    public bool Retransmitted { get; init; }

    /// <summary>The spare bit.</summary>
    public int Spare { get; init; }

    /// <summary>The designated area code (DAC): 1 for international applications, otherwise a country's MID.</summary>
    public int DesignatedAreaCode { get; init; }

    /// <summary>The function identifier (FI) of the application.</summary>
    public int FunctionalId { get; init; }

    /// <summary>The application data, raw: every bit after the FI.</summary>
    public AisBinaryData Data { get; init; }

    /// <summary>The decoded application, or null when Entente does not know it or the data does not fit it.</summary>
    public IAisApplication? Application { get; init; }

    /// <summary>Reads the message from a payload.</summary>
    /// <param name="payload">A payload of type 6.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length is outside 88 to 1008 bits.</returns>
    public static bool TryRead(in AisPayload payload, out AddressedBinaryMessage message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 6)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < HeaderBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        if (payload.BitLength > MaximumBits)
        {
            error = AisErrorKind.BadMessageLength;
            return false;
        }

        var dac = (int)payload.Field(72, 10);
        var fi = (int)payload.Field(82, 6);
        var data = payload.Bits(HeaderBits, payload.BitLength - HeaderBits);
        AisApplicationReader.TryRead(6, dac, fi, data, out var application);
        message = new AddressedBinaryMessage
        {
            MessageType = 6,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            SequenceNumber = (int)payload.Field(38, 2),
            DestinationMmsi = (int)payload.Field(40, 30),
            Retransmitted = payload.Flag(70),
            Spare = (int)payload.Field(71, 1),
            DesignatedAreaCode = dac,
            FunctionalId = fi,
            Data = data,
            Application = application,
        };
        error = AisErrorKind.None;
        return true;
    }
}
