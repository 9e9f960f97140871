using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 15: every request slot, absent ones as 0.</summary>
internal static class InterrogationJson
{
    public static void Write(JsonLine line, in Interrogation m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("mmsi1", m.FirstStationMmsi);
        line.Number("type1_1", m.FirstStationFirstMessageType);
        line.Number("offset1_1", m.FirstStationFirstSlotOffset);
        line.Number("type1_2", m.FirstStationSecondMessageType);
        line.Number("offset1_2", m.FirstStationSecondSlotOffset);
        line.Number("mmsi2", m.SecondStationMmsi);
        line.Number("type2_1", m.SecondStationMessageType);
        line.Number("offset2_1", m.SecondStationSlotOffset);
        line.End();
    }
}
