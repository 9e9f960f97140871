using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 16: both stations, the absent second one as 0.</summary>
internal static class AssignedModeCommandJson
{
    public static void Write(JsonLine line, in AssignedModeCommand m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("mmsi1", m.DestinationMmsiA);
        line.Number("offset1", m.OffsetA);
        line.Number("increment1", m.IncrementA);
        line.Number("mmsi2", m.DestinationMmsiB);
        line.Number("offset2", m.OffsetB);
        line.Number("increment2", m.IncrementB);
        line.End();
    }
}
