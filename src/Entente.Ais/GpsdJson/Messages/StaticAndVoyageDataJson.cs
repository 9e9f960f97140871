using System.Globalization;
using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 5.</summary>
internal static class StaticAndVoyageDataJson
{
    public static void Write(JsonLine line, in StaticAndVoyageData m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("imo", m.ImoNumberRaw);
        line.Number("ais_version", m.AisVersion);
        line.Text("callsign", m.CallSign);
        line.Text("shipname", m.ShipName);
        line.Number("shiptype", (int)m.ShipType);
        line.Text("shiptype_text", GpsdShipTypeText.Text((int)m.ShipType, options.Dialect));
        line.Number("to_bow", m.DimensionToBowMetres);
        line.Number("to_stern", m.DimensionToSternMetres);
        line.Number("to_port", m.DimensionToPortMetres);
        line.Number("to_starboard", m.DimensionToStarboardMetres);
        line.Number("epfd", (int)m.Epfd);
        line.Text("epfd_text", GpsdEpfdText.Text((int)m.Epfd, options.Dialect));

        // The raw ETA fields, "not available" values included (e.g. 00-00T24:60Z).
        line.Text("eta", string.Create(
            CultureInfo.InvariantCulture,
            $"{m.EtaMonthRaw:D2}-{m.EtaDayRaw:D2}T{m.EtaHourRaw:D2}:{m.EtaMinuteRaw:D2}Z"));
        if (options.Scaled)
        {
            line.Fixed("draught", m.DraughtDecimetres / 10.0, 1);
        }
        else
        {
            line.Number("draught", m.DraughtDecimetres);
        }

        line.Text("destination", m.Destination);
        line.Number("dte", m.DteNotReady ? 1 : 0);
        line.End();
    }
}
