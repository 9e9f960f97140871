using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 10.</summary>
internal static class UtcDateInquiryJson
{
    public static void Write(JsonLine line, in UtcDateInquiry m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("dest_mmsi", m.DestinationMmsi);
        line.End();
    }
}
