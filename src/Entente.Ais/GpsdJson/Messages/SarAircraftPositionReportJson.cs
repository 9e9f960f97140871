using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 9.</summary>
internal static class SarAircraftPositionReportJson
{
    public static void Write(JsonLine line, in SarAircraftPositionReport m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        if (options.Scaled)
        {
            WriteSpecial(line, "alt", m.AltitudeRaw, 4095, 4094, "high");
            WriteSpecial(line, "speed", m.SpeedOverGroundRaw, 1023, 1022, "fast");
            line.Bool("accuracy", m.PositionAccuracyHigh);
            var decimals = options.Dialect == GpsdDialect.Gpsd322 ? 6 : 7;
            line.Fixed("lon", m.LongitudeTenThousandthsMinute / 600000.0, decimals);
            line.Fixed("lat", m.LatitudeTenThousandthsMinute / 600000.0, decimals);
            line.Fixed("course", m.CourseOverGroundTenthsDegree / 10.0, 1);
        }
        else
        {
            line.Number("alt", m.AltitudeRaw);
            line.Number("speed", m.SpeedOverGroundRaw);
            line.Bool("accuracy", m.PositionAccuracyHigh);
            line.Number("lon", m.LongitudeTenThousandthsMinute);
            line.Number("lat", m.LatitudeTenThousandthsMinute);
            line.Number("course", m.CourseOverGroundTenthsDegree);
        }

        line.Number("second", m.TimeStampRaw);

        // gpsd follows the older layout: 8 "regional" bits where M.1371-5 has the altitude sensor flag and 7 spare
        // bits, and a 20-bit radio status that takes in the communication state selector flag.
        line.Number("regional", ((m.AltitudeBarometric ? 1 : 0) << 7) | m.Spare1);
        line.Number("dte", m.DteNotReady ? 1 : 0);
        line.Bool("raim", m.Raim);
        line.Number("radio", ((m.CommunicationStateItdma ? 1 : 0) << 19) | m.RadioStatus);
        line.End();
    }

    private static void WriteSpecial(JsonLine line, string name, int raw, int notAvailable, int high, string highText)
    {
        if (raw == notAvailable)
        {
            line.Text(name, "nan");
        }
        else if (raw == high)
        {
            line.Text(name, highText);
        }
        else
        {
            line.Number(name, raw);
        }
    }
}
