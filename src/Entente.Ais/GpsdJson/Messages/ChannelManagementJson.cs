using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 22: the area corners when broadcast, the two destinations when addressed.</summary>
internal static class ChannelManagementJson
{
    public static void Write(JsonLine line, in ChannelManagement m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("channel_a", m.ChannelA);
        line.Number("channel_b", m.ChannelB);
        line.Number("txrx", m.TxRxMode);
        line.Bool("power", m.PowerLow);
        if (m.IsAddressed)
        {
            line.Number("dest1", m.DestinationMmsi1);
            line.Number("dest2", m.DestinationMmsi2);
        }
        else
        {
            GroupAssignmentCommandJson.WriteArea(
                line,
                m.NorthEastLongitudeTenthsMinute,
                m.NorthEastLatitudeTenthsMinute,
                m.SouthWestLongitudeTenthsMinute,
                m.SouthWestLatitudeTenthsMinute,
                options);
        }

        line.Bool("addressed", m.IsAddressed);
        line.Bool("band_a", m.ChannelABandwidthFlag);
        line.Bool("band_b", m.ChannelBBandwidthFlag);
        line.Number("zonesize", m.TransitionalZoneSizeRaw);
        line.End();
    }
}
