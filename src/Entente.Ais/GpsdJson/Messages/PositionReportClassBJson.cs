using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 18.</summary>
internal static class PositionReportClassBJson
{
    public static void Write(JsonLine line, in PositionReportClassB m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("reserved", m.RegionalReserved);
        if (options.Scaled)
        {
            // gpsd writes the "not available" sentinels of message 18 as numbers (102.3 knots, 181°, 360.0°).
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
        line.Number("regional", m.Spare);
        line.Bool("cs", m.IsCarrierSenseUnit);
        line.Bool("display", m.HasDisplay);
        line.Bool("dsc", m.HasDsc);
        line.Bool("band", m.CanUseWholeBand);
        line.Bool("msg22", m.AcceptsMessage22);
        line.Bool("raim", m.Raim);
        line.Number("radio", m.RadioStatus);
        line.End();
    }
}
