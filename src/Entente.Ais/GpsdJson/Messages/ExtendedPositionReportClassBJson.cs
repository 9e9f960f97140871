using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 19.</summary>
internal static class ExtendedPositionReportClassBJson
{
    public static void Write(JsonLine line, in ExtendedPositionReportClassB m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("reserved", m.RegionalReserved);
        if (options.Scaled)
        {
            var decimals = GpsdText.PositionDecimals(options.Dialect);
            line.Fixed("speed", m.SpeedOverGroundTenthsKnot / 10.0, 1);
            line.Bool("accuracy", m.PositionAccuracyHigh);
            line.Fixed("lon", m.LongitudeTenThousandthsMinute / 600000.0, decimals);
            line.Fixed("lat", m.LatitudeTenThousandthsMinute / 600000.0, decimals);
            line.Fixed("course", m.CourseOverGroundTenthsDegree / 10.0, 1);
        }
        else
        {
            line.Number("speed", m.SpeedOverGroundTenthsKnot);
            line.Bool("accuracy", m.PositionAccuracyHigh);
            line.Number("lon", m.LongitudeTenThousandthsMinute);
            line.Number("lat", m.LatitudeTenThousandthsMinute);
            line.Number("course", m.CourseOverGroundTenthsDegree);
        }

        line.Number("heading", m.TrueHeadingRaw);
        line.Number("second", m.TimeStampRaw);
        line.Number("regional", m.RegionalReservedAfterTimeStamp);
        line.Text("shipname", m.Name);
        line.Number("shiptype", (int)m.ShipType);
        line.Text("shiptype_text", GpsdShipTypeText.Text((int)m.ShipType, options.Dialect));
        line.Number("to_bow", m.ToBowMetres);
        line.Number("to_stern", m.ToSternMetres);
        line.Number("to_port", m.ToPortMetres);
        line.Number("to_starboard", m.ToStarboardMetres);
        line.Number("epfd", (int)m.Epfd);
        line.Text("epfd_text", GpsdEpfdText.Text((int)m.Epfd, options.Dialect));
        line.Bool("raim", m.Raim);

        // gpsd writes the DTE flag as a number, unlike the other flags.
        line.Number("dte", m.DataTerminalNotReady ? 1 : 0);
        line.Bool("assigned", m.IsAssignedMode);
        line.End();
    }
}
