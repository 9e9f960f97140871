using System.Globalization;
using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for messages 4 and 11.</summary>
internal static class BaseStationReportJson
{
    public static void Write(JsonLine line, in BaseStationReport m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);

        // gpsd writes the raw date fields, "not available" values included (e.g. 0000-00-00T24:60:60Z).
        line.Text("timestamp", string.Create(
            CultureInfo.InvariantCulture,
            $"{m.YearRaw:D4}-{m.MonthRaw:D2}-{m.DayRaw:D2}T{m.HourRaw:D2}:{m.MinuteRaw:D2}:{m.SecondRaw:D2}Z"));
        line.Bool("accuracy", m.PositionAccuracyHigh);
        if (options.Scaled)
        {
            var decimals = options.Dialect == GpsdDialect.Gpsd322 ? 6 : 7;
            line.Fixed("lon", m.LongitudeTenThousandthsMinute / 600000.0, decimals);
            line.Fixed("lat", m.LatitudeTenThousandthsMinute / 600000.0, decimals);
        }
        else
        {
            line.Number("lon", m.LongitudeTenThousandthsMinute);
            line.Number("lat", m.LatitudeTenThousandthsMinute);
        }

        line.Number("epfd", (int)m.Epfd);
        line.Text("epfd_text", GpsdEpfdText.Text((int)m.Epfd, options.Dialect));
        line.Bool("raim", m.Raim);
        line.Number("radio", m.RadioStatus);
        line.End();
    }
}
