using Entente.Ais.Applications;
using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>
/// Message 8: binary broadcast message (ITU-R M.1371-5 §3.3.8.2.6, 56 to 1008 bits): application data for all
/// stations, identified by its designated area code and function identifier.
/// </summary>
public readonly record struct BroadcastBinaryMessage : IAisMessage
{
    /// <summary>The bits before the application data.</summary>
    public const int HeaderBits = 56;

    /// <summary>The longest message the standard allows (five slots), in bits.</summary>
    public const int MaximumBits = 1008;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits.</summary>
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
    /// <param name="payload">A payload of type 8.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length is outside 56 to 1008 bits.</returns>
    public static bool TryRead(in AisPayload payload, out BroadcastBinaryMessage message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 8)
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

        var dac = (int)payload.Field(40, 10);
        var fi = (int)payload.Field(50, 6);
        var data = payload.Bits(HeaderBits, payload.BitLength - HeaderBits);
        AisApplicationReader.TryRead(8, dac, fi, data, out var application);
        message = new BroadcastBinaryMessage
        {
            MessageType = 8,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare = (int)payload.Field(38, 2),
            DesignatedAreaCode = dac,
            FunctionalId = fi,
            Data = data,
            Application = application,
        };
        error = AisErrorKind.None;
        return true;
    }
}
