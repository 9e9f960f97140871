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
            case 4 or 11:
                return Box(BaseStationReport.TryRead(payload, out var m4, out error), m4, out message);
            case 5:
                return Box(StaticAndVoyageData.TryRead(payload, out var m5, out error), m5, out message);
            case 7 or 13:
                return Box(Acknowledgement.TryRead(payload, out var m7, out error), m7, out message);
            case 9:
                return Box(SarAircraftPositionReport.TryRead(payload, out var m9, out error), m9, out message);
            case 10:
                return Box(UtcDateInquiry.TryRead(payload, out var m10, out error), m10, out message);
            case 12:
                return Box(AddressedSafetyMessage.TryRead(payload, out var m12, out error), m12, out message);
            case 14:
                return Box(SafetyBroadcastMessage.TryRead(payload, out var m14, out error), m14, out message);
            case 15:
                return Box(Interrogation.TryRead(payload, out var m15, out error), m15, out message);
            case 16:
                return Box(AssignedModeCommand.TryRead(payload, out var m16, out error), m16, out message);
            // End of section: types 4, 5, 7, 9-16.

            // Section: types 6 and 8.
            case 6:
                return Box(AddressedBinaryMessage.TryRead(payload, out var m6, out error), m6, out message);
            case 8:
                return Box(BroadcastBinaryMessage.TryRead(payload, out var m8, out error), m8, out message);

            // End of section: types 6 and 8.

            // Section: types 17-27.
            case 17:
                return Box(DgnssBroadcast.TryRead(payload, out var m17, out error), m17, out message);
            case 18:
                return Box(PositionReportClassB.TryRead(payload, out var m18, out error), m18, out message);
            case 19:
                return Box(ExtendedPositionReportClassB.TryRead(payload, out var m19, out error), m19, out message);
            case 20:
                return Box(DataLinkManagement.TryRead(payload, out var m20, out error), m20, out message);
            case 21:
                return Box(AidToNavigationReport.TryRead(payload, out var m21, out error), m21, out message);
            case 22:
                return Box(ChannelManagement.TryRead(payload, out var m22, out error), m22, out message);
            case 23:
                return Box(GroupAssignmentCommand.TryRead(payload, out var m23, out error), m23, out message);
            case 24 when payload.Field(38, 2) == 1:
                return Box(StaticDataReportPartB.TryRead(payload, out var m24b, out error), m24b, out message);
            case 24:
                return Box(StaticDataReportPartA.TryRead(payload, out var m24a, out error), m24a, out message);
            case 25:
                return Box(SingleSlotBinaryMessage.TryRead(payload, out var m25, out error), m25, out message);
            case 26:
                return Box(MultipleSlotBinaryMessage.TryRead(payload, out var m26, out error), m26, out message);
            case 27:
                return Box(LongRangePositionReport.TryRead(payload, out var m27, out error), m27, out message);

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
