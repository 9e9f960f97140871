using System.Globalization;
using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for messages 1, 2 and 3.</summary>
internal static class PositionReportClassAJson
{
    private static readonly long[] TurnValues = BuildTurnValues();

    public static void Write(JsonLine line, in PositionReportClassA m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("status", (int)m.NavigationStatus);
        line.Text("status_text", GpsdText.NavigationStatus((int)m.NavigationStatus, options.Dialect));
        if (options.Scaled)
        {
            WriteTurn(line, m.RateOfTurnRaw, options.Dialect);
            WriteSpeed(line, m.SpeedOverGroundTenthsKnot);
            line.Bool("accuracy", m.PositionAccuracyHigh);
            var decimals = GpsdText.PositionDecimals(options.Dialect);
            line.Fixed("lon", m.LongitudeTenThousandthsMinute / 600000.0, decimals);
            line.Fixed("lat", m.LatitudeTenThousandthsMinute / 600000.0, decimals);
            line.Fixed("course", m.CourseOverGroundTenthsDegree / 10.0, 1);
        }
        else
        {
            line.Number("turn", m.RateOfTurnRaw);
            line.Number("speed", m.SpeedOverGroundTenthsKnot);
            line.Bool("accuracy", m.PositionAccuracyHigh);
            line.Number("lon", m.LongitudeTenThousandthsMinute);
            line.Number("lat", m.LatitudeTenThousandthsMinute);
            line.Number("course", m.CourseOverGroundTenthsDegree);
        }

        line.Number("heading", m.TrueHeadingRaw);
        line.Number("second", m.TimeStampRaw);
        line.Number("maneuver", m.ManeuverIndicator);
        line.Bool("raim", m.Raim);
        line.Number("radio", m.RadioStatus);
        line.End();
    }

    // gpsd 3.22 writes the squared rate of turn without its sign (so a turn to port reads as one to starboard);
    // kept for compatibility and documented. The typed PositionReportClassA.RateOfTurnDegreesPerMinute keeps the sign.
    // gpsd of 2026 writes a quoted, signed value with two decimals.
    private static void WriteTurn(JsonLine line, int raw, GpsdDialect dialect)
    {
        switch (raw)
        {
            case -128:
                line.Text("turn", dialect == GpsdDialect.Gpsd322 ? "nan" : "n/a");
                break;
            case -127:
                line.Text("turn", "fastleft");
                break;
            case 127:
                line.Text("turn", "fastright");
                break;
            default:
                if (dialect == GpsdDialect.Gpsd322)
                {
                    line.Number("turn", TurnValues[raw + 128]);
                }
                else
                {
                    var root = raw / 4.733;
                    line.QuotedFixed("turn", Math.CopySign(root * root, raw), 2);
                }

                break;
        }
    }

    private static void WriteSpeed(JsonLine line, int raw)
    {
        switch (raw)
        {
            case 1023:
                line.Text("speed", "nan");
                break;
            case 1022:
                line.Text("speed", "fast");
                break;
            default:
                line.Fixed("speed", raw / 10.0, 1);
                break;
        }
    }

    private static long[] BuildTurnValues()
    {
        // Rounded as C's %.0f rounds, by formatting rather than Math.Round.
        var values = new long[256];
        for (var raw = -128; raw < 128; raw++)
        {
            var root = raw / 4.733;
            values[raw + 128] = long.Parse((root * root).ToString("F0", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return values;
    }
}
