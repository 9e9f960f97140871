using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 12.</summary>
internal static class AddressedSafetyMessageJson
{
    public static void Write(JsonLine line, in AddressedSafetyMessage m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("seqno", m.SequenceNumber);
        line.Number("dest_mmsi", m.DestinationMmsi);
        line.Bool("retransmit", m.Retransmitted);
        line.Text("text", m.Text);
        line.End();
    }
}
