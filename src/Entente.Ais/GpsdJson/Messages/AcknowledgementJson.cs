using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for messages 7 and 13: always four stations, missing ones as 0.</summary>
internal static class AcknowledgementJson
{
    public static void Write(JsonLine line, in Acknowledgement m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("mmsi1", m.DestinationMmsi1);
        line.Number("mmsi2", m.DestinationMmsi2);
        line.Number("mmsi3", m.DestinationMmsi3);
        line.Number("mmsi4", m.DestinationMmsi4);
        line.End();
    }
}
