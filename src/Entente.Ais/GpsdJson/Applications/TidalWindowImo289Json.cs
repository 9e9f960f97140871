using Entente.Ais.Applications;
using Entente.Ais.Payload;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 6, DAC 1, FI 32.</summary>
internal static class TidalWindowImo289Json
{
    public static void Write(JsonLine line, in TidalWindowImo289 a, AisBinaryData data, GpsdJsonOptions options)
    {
        line.Number("month", a.MonthRaw);
        line.Number("day", a.DayRaw);

        // gpsd writes one prediction more than the data holds whole: the partial (or empty) rest, read as zeros.
        var count = (data.BitLength + TidalWindowImo289Point.Bits - TidalWindowImo289.HeaderBits) / TidalWindowImo289Point.Bits;
        Span<ulong> words = data.BitLength <= AisApplicationBits.StackWords * 64
            ? stackalloc ulong[AisApplicationBits.StackWords]
            : new ulong[AisApplicationBits.WordCount(data.BitLength)];
        var bits = AisApplicationBits.View(data, words);
        var decimals = GpsdApplicationText.PositionDecimals(options);
        line.BeginArray("tidals");
        for (var i = 0; i < count; i++)
        {
            var p = TidalWindowImo289Point.Read(bits, TidalWindowImo289.HeaderBits + (i * TidalWindowImo289Point.Bits));
            line.BeginObject();
            if (options.Scaled)
            {
                line.Fixed("lon", p.LongitudeThousandthsMinute / 60000.0, decimals);
                line.Fixed("lat", p.LatitudeThousandthsMinute / 60000.0, decimals);
            }
            else
            {
                line.Number("lon", p.LongitudeThousandthsMinute);
                line.Number("lat", p.LatitudeThousandthsMinute);
            }

            line.Number("from_hour", p.FromHourRaw);
            line.Number("from_min", p.FromMinuteRaw);
            line.Number("to_hour", p.ToHourRaw);
            line.Number("to_min", p.ToMinuteRaw);
            line.Number("cdir", p.CurrentDirectionRaw);
            if (options.Scaled)
            {
                line.Fixed("cspeed", p.CurrentSpeedTenthsKnot / 10.0, 1);
            }
            else
            {
                line.Number("cspeed", p.CurrentSpeedTenthsKnot);
            }

            line.EndObject();
        }

        line.EndArray();
    }
}
