using Entente.Ais.Messages;
using Entente.Ais.Payload;

namespace Entente.Ais.Decoding;

/// <summary>Reads any message type from a payload, boxing it as <see cref="IAisMessage"/>.</summary>
public static class AisMessageReader
{
    /// <summary>Reads the message in a payload.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="message">The message, or null on error.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>True when read.</returns>
    public static bool TryRead(in AisPayload payload, out IAisMessage? message, out AisErrorKind error)
    {
        message = null;
        switch (payload.MessageType)
        {
            case 1 or 2 or 3:
                return Box(PositionReportClassA.TryRead(payload, out var m1, out error), m1, out message);

            // Section: types 4, 5, 7, 9-16.

            // End of section: types 4, 5, 7, 9-16.

            // Section: types 6 and 8.
            case 6:
                return Box(AddressedBinaryMessage.TryRead(payload, out var m6, out error), m6, out message);
            case 8:
                return Box(BroadcastBinaryMessage.TryRead(payload, out var m8, out error), m8, out message);

            // End of section: types 6 and 8.

            // Section: types 17-27.

            // End of section: types 17-27.
            default:
                error = AisErrorKind.UnknownMessageType;
                return false;
        }
    }

    private static bool Box<T>(bool ok, T value, out IAisMessage? message)
        where T : struct, IAisMessage
    {
        message = ok ? value : null;
        return ok;
    }
}
