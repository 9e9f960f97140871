using Entente.Ais.Applications;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 6, DAC 235 or 250, FI 10.</summary>
internal static class AtonMonitoringDataJson
{
    public static void Write(JsonLine line, in AtonMonitoringData a, GpsdJsonOptions options)
    {
        line.Bool("off_pos", a.OffPosition);
        line.Bool("alarm", a.Alarm);
        line.Number("stat_ext", a.DigitalInputs);
        WriteVoltage(line, "ana_int", a.InternalVoltageTwentiethsVolt, options);
        WriteVoltage(line, "ana_ext1", a.External1VoltageTwentiethsVolt, options);
        WriteVoltage(line, "ana_ext2", a.External2VoltageTwentiethsVolt, options);
        line.Number("racon", (int)a.Racon);
        line.Text("racon_text", GpsdApplicationText.Racon((int)a.Racon));
        line.Number("light", (int)a.Light);
        line.Text("light_text", GpsdApplicationText.Light((int)a.Light));
    }

    // 0 means "not used"; gpsd writes it as a bare 0 even when scaling.
    private static void WriteVoltage(JsonLine line, string name, int raw, GpsdJsonOptions options)
    {
        if (options.Scaled && raw != 0)
        {
            line.Fixed(name, raw * 0.05, 2);
        }
        else
        {
            line.Number(name, raw);
        }
    }
}
