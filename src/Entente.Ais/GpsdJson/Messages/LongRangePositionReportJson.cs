using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>
/// gpsd's JSON for message 27. Scaled, gpsd 3.22 writes the status legend in <c>status</c> and one decimal of degree;
/// the 2026 release writes the code in <c>status</c>, the legend in <c>status_text</c> and four decimals.
/// </summary>
internal static class LongRangePositionReportJson
{
    public static void Write(JsonLine line, in LongRangePositionReport m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        var status = (int)m.NavigationStatus;
        if (options.Scaled)
        {
            var decimals = 4;
            if (options.Dialect == GpsdDialect.Gpsd322)
            {
                line.Text("status", GpsdText.NavigationStatus(status, options.Dialect));
                decimals = 1;
            }
            else
            {
                line.Number("status", status);
                line.Text("status_text", GpsdText.NavigationStatus(status, options.Dialect));
            }

            line.Bool("accuracy", m.PositionAccuracyHigh);
            line.Fixed("lon", m.LongitudeTenthsMinute / 600.0, decimals);
            line.Fixed("lat", m.LatitudeTenthsMinute / 600.0, decimals);
        }
        else
        {
            line.Number("status", status);
            line.Bool("accuracy", m.PositionAccuracyHigh);
            line.Number("lon", m.LongitudeTenthsMinute);
            line.Number("lat", m.LatitudeTenthsMinute);
        }

        line.Number("speed", m.SpeedOverGroundKnotsRaw);
        line.Number("course", m.CourseOverGroundDegreesRaw);
        line.Bool("raim", m.Raim);
        line.Bool("gnss", m.PositionNotCurrent);
        line.End();
    }
}
