using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 23 (gpsd leaves out the Tx/Rx mode).</summary>
internal static class GroupAssignmentCommandJson
{
    public static void Write(JsonLine line, in GroupAssignmentCommand m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        WriteArea(
            line,
            m.NorthEastLongitudeTenthsMinute,
            m.NorthEastLatitudeTenthsMinute,
            m.SouthWestLongitudeTenthsMinute,
            m.SouthWestLatitudeTenthsMinute,
            options);
        line.Number("stationtype", (int)m.StationType);
        line.Text("stationtype_text", GpsdStationTypeText.Text((int)m.StationType));
        line.Number("shiptype", (int)m.ShipType);
        line.Text("shiptype_text", GpsdShipTypeText.Text((int)m.ShipType, options.Dialect));
        line.Number("interval", m.ReportingIntervalRaw);
        line.Number("quiet", m.QuietTimeMinutes);
        line.End();
    }

    /// <summary>Writes the corners of a message 22 or 23 area: quoted degrees with six decimals when scaled, as gpsd does.</summary>
    public static void WriteArea(JsonLine line, int neLongitude, int neLatitude, int swLongitude, int swLatitude, GpsdJsonOptions options)
    {
        if (options.Scaled)
        {
            line.QuotedFixed("ne_lon", neLongitude / 600.0, 6);
            line.QuotedFixed("ne_lat", neLatitude / 600.0, 6);
            line.QuotedFixed("sw_lon", swLongitude / 600.0, 6);
            line.QuotedFixed("sw_lat", swLatitude / 600.0, 6);
        }
        else
        {
            line.Number("ne_lon", neLongitude);
            line.Number("ne_lat", neLatitude);
            line.Number("sw_lon", swLongitude);
            line.Number("sw_lat", swLatitude);
        }
    }
}
