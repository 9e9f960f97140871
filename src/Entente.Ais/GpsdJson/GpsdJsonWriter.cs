using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson.Messages;
using Entente.Ais.Messages;
using Entente.Ais.Payload;

namespace Entente.Ais.GpsdJson;

/// <summary>
/// Writes messages as gpsd's AIS JSON (the objects of <c>gpsdecode -j</c>): the same member names, order, scaling and
/// text, so that tools built for gpsd can read Entente's output. One writer per stream; not thread-safe.
/// </summary>
public sealed class GpsdJsonWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="options">Formatting; defaults as <c>gpsdecode -j</c>.</param>
    public GpsdJsonWriter(GpsdJsonOptions? options = null) => Options = options ?? new GpsdJsonOptions();

    /// <summary>How objects are written.</summary>
    public GpsdJsonOptions Options { get; }

    /// <summary>The last object written.</summary>
    public JsonLine Line { get; } = new();

    /// <summary>Reads a payload's message and writes it, without boxing.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="error">Why the message could not be read.</param>
    /// <returns>
    /// <see cref="GpsdWriteResult.Written"/> when <see cref="Line"/> holds an object; <see cref="GpsdWriteResult.Held"/>
    /// when gpsd would write nothing yet (a type 24 part waiting for its partner); <see cref="GpsdWriteResult.Error"/>.
    /// </returns>
    public GpsdWriteResult Write(in AisPayload payload, out AisErrorKind error)
    {
        switch (payload.MessageType)
        {
            case 1 or 2 or 3:
                if (!PositionReportClassA.TryRead(payload, out var m1, out error))
                {
                    return GpsdWriteResult.Error;
                }

                PositionReportClassAJson.Write(Line, m1, Options);
                return GpsdWriteResult.Written;

            // Section: types 17-27.
            case 18:
                if (!PositionReportClassB.TryRead(payload, out var m18, out error))
                {
                    return GpsdWriteResult.Error;
                }

                PositionReportClassBJson.Write(Line, m18, Options);
                return GpsdWriteResult.Written;
            case 24 when payload.Field(38, 2) == 1:
                // gpsd keeps part A names per radio channel, so type 24 needs the payload's channel.
                if (!StaticDataReportPartB.TryRead(payload, out var m24b, out error))
                {
                    return GpsdWriteResult.Error;
                }

                return StaticDataQueue.Write(Line, m24b, payload.Reception.Channel, Options);
            case 24:
                if (!StaticDataReportPartA.TryRead(payload, out var m24a, out error))
                {
                    return GpsdWriteResult.Error;
                }

                return StaticDataQueue.Write(Line, m24a, payload.Reception.Channel, Options);
            case 26:
                if (!MultipleSlotBinaryMessage.TryRead(payload, out var m26, out error))
                {
                    return GpsdWriteResult.Error;
                }

                if (payload.BitLength > SlotBinaryMessageJson.GpsdMaximumMultipleSlotBits)
                {
                    error = AisErrorKind.BadMessageLength;
                    return GpsdWriteResult.Error;
                }

                SlotBinaryMessageJson.Write(Line, m26, Options);
                return GpsdWriteResult.Written;
            case 27:
                if (!LongRangePositionReport.TryRead(payload, out var m27, out error))
                {
                    return GpsdWriteResult.Error;
                }

                LongRangePositionReportJson.Write(Line, m27, Options);
                return GpsdWriteResult.Written;

            // End of section: types 17-27.
            default:
                if (!AisMessageReader.TryRead(payload, out var message, out error))
                {
                    return GpsdWriteResult.Error;
                }

                return Write(message!);
        }
    }

    /// <summary>Writes a message.</summary>
    /// <param name="message">The message.</param>
    /// <returns>Whether an object was written or held back.</returns>
    public GpsdWriteResult Write(IAisMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message)
        {
            case PositionReportClassA m:
                PositionReportClassAJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;

            // Section: types 4, 5, 7, 9-16.
            case BaseStationReport m4:
                BaseStationReportJson.Write(Line, m4, Options);
                return GpsdWriteResult.Written;
            case StaticAndVoyageData m5:
                StaticAndVoyageDataJson.Write(Line, m5, Options);
                return GpsdWriteResult.Written;
            case Acknowledgement m7:
                AcknowledgementJson.Write(Line, m7, Options);
                return GpsdWriteResult.Written;
            case SarAircraftPositionReport m9:
                SarAircraftPositionReportJson.Write(Line, m9, Options);
                return GpsdWriteResult.Written;
            case UtcDateInquiry m10:
                UtcDateInquiryJson.Write(Line, m10, Options);
                return GpsdWriteResult.Written;
            case AddressedSafetyMessage m12:
                AddressedSafetyMessageJson.Write(Line, m12, Options);
                return GpsdWriteResult.Written;
            case SafetyBroadcastMessage m14:
                SafetyBroadcastMessageJson.Write(Line, m14, Options);
                return GpsdWriteResult.Written;
            case Interrogation m15:
                InterrogationJson.Write(Line, m15, Options);
                return GpsdWriteResult.Written;
            case AssignedModeCommand m16:
                AssignedModeCommandJson.Write(Line, m16, Options);
                return GpsdWriteResult.Written;
            // End of section: types 4, 5, 7, 9-16.

            // Section: types 6 and 8.
            case AddressedBinaryMessage m:
                AddressedBinaryMessageJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case BroadcastBinaryMessage m:
                BroadcastBinaryMessageJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;

            // End of section: types 6 and 8.

            // Section: types 17-27.
            case DgnssBroadcast m:
                DgnssBroadcastJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case PositionReportClassB m:
                PositionReportClassBJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case ExtendedPositionReportClassB m:
                ExtendedPositionReportClassBJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case DataLinkManagement m:
                DataLinkManagementJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case AidToNavigationReport m:
                AidToNavigationReportJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case ChannelManagement m:
                ChannelManagementJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case GroupAssignmentCommand m:
                GroupAssignmentCommandJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case StaticDataReportPartA m:
                // A message has no channel: parts written this way share the memory of channel A.
                return StaticDataQueue.Write(Line, m, null, Options);
            case StaticDataReportPartB m:
                return StaticDataQueue.Write(Line, m, null, Options);
            case StaticDataReport m:
                StaticDataReportJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case SingleSlotBinaryMessage m:
                SlotBinaryMessageJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case MultipleSlotBinaryMessage m:
                if (m.BitLength > SlotBinaryMessageJson.GpsdMaximumMultipleSlotBits)
                {
                    return GpsdWriteResult.Error;
                }

                SlotBinaryMessageJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;
            case LongRangePositionReport m:
                LongRangePositionReportJson.Write(Line, m, Options);
                return GpsdWriteResult.Written;

            // End of section: types 17-27.
            default:
                throw new ArgumentException($"No gpsd JSON form for message type {message.MessageType}.", nameof(message));
        }
    }

    /// <summary>Writes the members every AIS object starts with.</summary>
    /// <param name="line">The line.</param>
    /// <param name="message">The message (generic, so that a struct is not boxed).</param>
    /// <param name="options">Formatting.</param>
    /// <typeparam name="T">The message type.</typeparam>
    internal static void Header<T>(JsonLine line, in T message, GpsdJsonOptions options)
        where T : struct, IAisMessage
    {
        line.Begin();
        line.Text("class", "AIS");
        if (options.Device is not null)
        {
            line.Text("device", options.Device);
        }

        line.Number("type", message.MessageType);
        line.Number("repeat", message.RepeatIndicator);
        line.Number("mmsi", message.Mmsi);
        line.Bool("scaled", options.Scaled);
    }

    // Section: types 17-27.

    // gpsd's per-writer memory of message 24 part A names.
    private GpsdStaticDataQueue StaticDataQueue => _staticDataQueue ??= new GpsdStaticDataQueue();

    private GpsdStaticDataQueue? _staticDataQueue;

    // End of section: types 17-27.
}
