using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 21.</summary>
internal static class AidToNavigationReportJson
{
    public static void Write(JsonLine line, in AidToNavigationReport m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("aid_type", (int)m.AidType);
        line.Text("aid_type_text", GpsdAidTypeText.Text((int)m.AidType));
        line.Text("name", m.Name);

        // gpsd puts "accuracy" after the position when scaled and before it when not.
        if (options.Scaled)
        {
            var decimals = GpsdText.PositionDecimals(options.Dialect);
            line.Fixed("lon", m.LongitudeTenThousandthsMinute / 600000.0, decimals);
            line.Fixed("lat", m.LatitudeTenThousandthsMinute / 600000.0, decimals);
            line.Bool("accuracy", m.PositionAccuracyHigh);
        }
        else
        {
            line.Bool("accuracy", m.PositionAccuracyHigh);
            line.Number("lon", m.LongitudeTenThousandthsMinute);
            line.Number("lat", m.LatitudeTenThousandthsMinute);
        }

        line.Number("to_bow", m.ToBowMetres);
        line.Number("to_stern", m.ToSternMetres);
        line.Number("to_port", m.ToPortMetres);
        line.Number("to_starboard", m.ToStarboardMetres);
        line.Number("epfd", (int)m.Epfd);
        line.Text("epfd_text", GpsdEpfdText.Text((int)m.Epfd, options.Dialect));
        line.Number("second", m.TimeStampRaw);
        line.Number("regional", m.RegionalReserved);
        line.Bool("off_position", m.OffPositionFlag);
        line.Bool("raim", m.Raim);
        line.Bool("virtual_aid", m.IsVirtual);
        line.End();
    }
}
