using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>The variable header of messages 25 and 26: flags, optional destination and optional application identifier.</summary>
internal readonly record struct SlotBinaryHeader(bool IsAddressed, bool IsStructured, int DestinationMmsi, int ApplicationId, int DataStart)
{
    /// <summary>Reads the header, checking the payload holds it and <paramref name="trailerBits"/> more.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="trailerBits">Bits that follow the data (message 26's radio status).</param>
    /// <param name="header">The header.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the payload is too short.</returns>
    public static bool TryRead(in AisPayload payload, int trailerBits, out SlotBinaryHeader header, out AisErrorKind error)
    {
        header = default;
        if (payload.BitLength < 40 + trailerBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        var addressed = payload.Flag(38);
        var structured = payload.Flag(39);
        var position = 40;
        var destination = 0;
        var application = 0;
        if (addressed)
        {
            destination = (int)payload.Field(position, 30);
            position += 30;
        }

        if (structured)
        {
            application = (int)payload.Field(position, 16);
            position += 16;
        }

        if (payload.BitLength < position + trailerBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        header = new SlotBinaryHeader(addressed, structured, destination, application, position);
        error = AisErrorKind.None;
        return true;
    }
}
